using System.Text.Json.Nodes;
using Intake.Review.Import;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Coding;

/// <summary>A test workspace holding imported testimonies to code, and the command line over it.</summary>
internal sealed class CodedWorkspace : IDisposable
{
    public const string Narrative = "Nos retiraron el pasaporte al llegar. Trabajábamos doce horas al día.";

    public CodedWorkspace(int testimonies = 1, Action<Dictionary<string, JsonNode>>? answers = null)
    {
        var submissions = Enumerable.Range(0, testimonies).Select(_ =>
        {
            var typical = TestSubmission.TypicalAnswers(Narrative);
            answers?.Invoke(typical);
            return TestSubmission.Create([.. Test.Recipients], typical);
        }).ToArray();
        BundleImporter.Import(Test.Workspace, Test.Server.NextBundle(submissions), startChain: false);
        Ids = [.. submissions.Select(s => s.Id)];
    }

    public TestWorkspace Test { get; } = new();

    public IReadOnlyList<Guid> Ids { get; }

    public Guid Id => Ids[0];

    public CommandResult Run(params string[] args) =>
        CommandRunner.Run([.. args, "--workspace", Test.Directory, "--passphrase-file", Test.PassphraseFile]);

    /// <summary>A copy of this workspace's directory as it is now: another reviewer's workspace with the same testimonies.</summary>
    public string CopyTo(string name)
    {
        var target = Test.PathFor(name);
        foreach (var file in Directory.EnumerateFiles(Test.Directory, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Test.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }

    public CommandResult RunIn(string directory, params string[] args) =>
        CommandRunner.Run([.. args, "--workspace", directory, "--passphrase-file", Test.PassphraseFile]);

    public void Dispose() => Test.Dispose();
}
