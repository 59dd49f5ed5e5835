using Intake.Review.Agreement;
using Intake.Review.Coding;
using Intake.Review.Import;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Corpus;

/// <summary>
/// Independent coding as a team does it: Ana and Beto each code the sixty testimonies in their
/// own workspace, Beto runs `review coding-export`, Ana `review merge`; Ana's workspace then
/// holds exactly the two coders' tables of the corpus, value for value.
/// </summary>
public sealed class CorpusMergeTests
{
    [Fact]
    public void Coding_exported_from_one_workspace_and_merged_into_another_is_the_coders_tables()
    {
        using var ana = new TestWorkspace();
        using var beto = new TestWorkspace();
        // One bundle from Ana's server, encrypted to both reviewers and trusted by both workspaces.
        beto.Workspace.TrustedServers.Add(ana.Server.Key.PublicKey);
        var submissions = SyntheticCorpus.Units.ToDictionary(
            unit => unit, unit => TestSubmission.FromParts([.. ana.Recipients, .. beto.Recipients], SyntheticCorpus.AnswersJson(unit), []));
        var bundle = ana.Server.NextBundle([.. submissions.Values]);
        BundleImporter.Import(ana.Workspace, bundle, false);
        BundleImporter.Import(beto.Workspace, bundle, false);
        var ids = submissions.ToDictionary(pair => pair.Key, pair => pair.Value.Id);
        Code(ana, "ana", ids);
        Code(beto, "beto", ids);
        var export = beto.PathFor("beto-coding.json");

        var exported = CommandRunner.Run("coding-export", "--out", export, "--workspace", beto.Directory, "--passphrase-file", beto.PassphraseFile);
        var merged = CommandRunner.Run("merge", export, "--workspace", ana.Directory, "--passphrase-file", ana.PassphraseFile);

        Assert.True(exported.ExitCode == 0, exported.ToString());
        Assert.True(merged.ExitCode == 0, merged.ToString());
        var units = ids.ToDictionary(pair => pair.Value.ToString(), pair => pair.Key);
        var inWorkspace = WorkspaceCodingTable.Rows(ana.Workspace.Coding.All())
            .Where(row => row.Value is not null)
            .Select(row => (units[row.Unit], row.Coder, row.Code, row.Value))
            .Order().ToList();
        var inTables = SyntheticCorpus.CoderRows().Where(row => row.Value is not null).Select(row => (row.Unit, row.Coder, row.Code, row.Value)).Order().ToList();
        Assert.Equal(inTables, inWorkspace);
    }

    /// <summary>What the coder would do with `review code`: their 1s and their values, under their own name.</summary>
    private static void Code(TestWorkspace reviewer, string coder, Dictionary<string, Guid> ids)
    {
        var codebook = Codebook.Load();
        reviewer.Workspace.Coding.SetCoder(coder);
        reviewer.Workspace.Coding.ReplaceCoder(coder, [.. SyntheticCorpus.CoderRows()
            .Where(row => row.Coder == coder && row.Value is not (null or "0"))
            .Select(row => new CodeApplication(ids[row.Unit], row.Code, codebook.Require(row.Code).IsPresence ? null : row.Value, null, coder, codebook.Version, null, Adjudicated: false))]);
    }
}
