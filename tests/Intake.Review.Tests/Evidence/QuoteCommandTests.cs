using Intake.Review.Import;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Evidence;

public sealed class QuoteCommandTests
{
    private const string Narrative = "Me llamo Yusimí. El jefe nos quitó los pasaportes.";

    [Fact]
    public void A_quote_is_marked_listed_with_its_flags_resolved_and_removed()
    {
        using var test = new TestWorkspace();
        var id = Imported(test);

        var passage = $"{Narrative.IndexOf("El jefe", StringComparison.Ordinal)}:{Narrative.Length}";

        var added = Run(test, "quote", id, "--passage", passage, "--redacted", "Pedro nos quitó los pasaportes.", "--note", "revisar");
        var resolved = Run(test, "quote", id, "--resolve", "1", "--flag", "1", "--reason", "nombre cambiado");
        var listed = Run(test, "quote", id, "--list");
        var removed = Run(test, "quote", id, "--remove", "1");
        var empty = Run(test, "quote", id, "--list");

        Assert.True(added.ExitCode == 0, added.ToString());
        Assert.Contains($"Marked quote 1 ({passage})", added.Out, StringComparison.Ordinal);
        Assert.Contains("Flag 1: name at 0 \"Pedro\" (unresolved)", added.Out, StringComparison.Ordinal);
        Assert.True(resolved.ExitCode == 0, resolved.ToString());
        Assert.Contains($"Quote 1 ({passage}, ", listed.Out, StringComparison.Ordinal);
        Assert.Contains("Note: revisar", listed.Out, StringComparison.Ordinal);
        Assert.Contains("(resolved ", listed.Out, StringComparison.Ordinal);
        Assert.Contains("nombre cambiado", listed.Out, StringComparison.Ordinal);
        Assert.Equal(0, removed.ExitCode);
        Assert.Contains("No quotes", empty.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_past_the_narrative_or_an_unknown_flag_is_refused_with_exit_1()
    {
        using var test = new TestWorkspace();
        var id = Imported(test);

        var pastEnd = Run(test, "quote", id, "--passage", "10:900", "--redacted", "Texto.");
        Run(test, "quote", id, "--passage", "0:5", "--redacted", "Sin nada que marcar.");
        var noFlag = Run(test, "quote", id, "--resolve", "1", "--flag", "1", "--reason", "x");
        var otherTestimony = Run(test, "quote", Guid.NewGuid().ToString(), "--remove", "1");

        Assert.Equal((1, 1, 1), (pastEnd.ExitCode, noFlag.ExitCode, otherTestimony.ExitCode));
        Assert.Contains("is not within the narrative", pastEnd.Error, StringComparison.Ordinal);
        Assert.Contains("has no flags", noFlag.Error, StringComparison.Ordinal);
        Assert.Single(test.Workspace.Quotes.All());
    }

    [Theory]
    [InlineData("--passage", "5:2", "--redacted", "x")]
    [InlineData("--passage", "abc", "--redacted", "x")]
    [InlineData("--passage", "0:5")]
    [InlineData("--list", "--remove", "1")]
    [InlineData("--resolve", "1", "--flag", "1")]
    [InlineData("--list", "--note", "x")]
    public void Malformed_or_conflicting_options_are_usage_errors(params string[] options)
    {
        using var test = new TestWorkspace();
        var id = Imported(test);

        var result = Run(test, ["quote", id, .. options]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Empty(test.Workspace.Quotes.All());
    }

    private static CommandResult Run(TestWorkspace test, params string[] args) =>
        CommandRunner.Run([.. args, "--workspace", test.Directory, "--passphrase-file", test.PassphraseFile]);

    private static string Imported(TestWorkspace test)
    {
        var submission = test.Submission(Narrative);
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(submission), startChain: false);
        return submission.Id.ToString();
    }
}
