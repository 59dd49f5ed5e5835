using Intake.Review.Coding;
using Intake.Review.Import;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Corpus;

/// <summary>
/// A workspace holding the sixty testimonies, imported through the real pipeline (encrypted to
/// the workspace identity, bundled and signed by the test server, imported), coded by Ana and
/// Beto and adjudicated as the corpus files say. Shared by the corpus tests: importing
/// sixty post-quantum-encrypted testimonies is the slow part, so it is done once for the
/// whole collection.
/// </summary>
public sealed class CodedCorpus : IDisposable
{
    public const string Collection = "synthetic corpus";
    public const string Adjudicator = "comite";

    private readonly TestWorkspace test = new();

    public CodedCorpus()
    {
        var submissions = SyntheticCorpus.Units.ToDictionary(unit => unit, unit => TestSubmission.FromParts([.. test.Recipients], SyntheticCorpus.AnswersJson(unit), []));
        var result = BundleImporter.Import(test.Workspace, test.Server.NextBundle([.. submissions.Values]), false);
        Assert.Equal(SyntheticCorpus.Testimonies, result.Testimonies);
        IdOf = submissions.ToDictionary(pair => pair.Key, pair => pair.Value.Id);
        UnitOf = IdOf.ToDictionary(pair => pair.Value.ToString(), pair => pair.Key);
        var codebook = Codebook.Load();
        // The tables hold 1/0 for every presence code and nothing for a missing attribute: a coder applies only the 1s and the values.
        foreach (var coder in SyntheticCorpus.CoderRows().Where(row => row.Value is not (null or "0")).GroupBy(row => row.Coder))
        {
            Workspace.Coding.ReplaceCoder(coder.Key, [.. coder.Select(row =>
                new CodeApplication(IdOf[row.Unit], row.Code, codebook.Require(row.Code).IsPresence ? null : row.Value, null, row.Coder, codebook.Version, null, Adjudicated: false))]);
        }
        BeforeAdjudication = AdjudicatedCases.Build(Workspace);
        Adjudicate();
        Final = AdjudicatedCases.Build(Workspace);
    }

    /// <summary>The coders' codings alone: what the team has to adjudicate.</summary>
    public AdjudicatedCases BeforeAdjudication { get; }

    /// <summary>After adjudication.csv's decisions were recorded.</summary>
    public AdjudicatedCases Final { get; }

    public Review.Workspace.ReviewWorkspace Workspace => test.Workspace;

    /// <summary>File number ("001") → testimony id in the workspace.</summary>
    public IReadOnlyDictionary<string, Guid> IdOf { get; }

    /// <summary>Testimony id as the agreement table writes it → file number.</summary>
    public IReadOnlyDictionary<string, string> UnitOf { get; }

    /// <summary>--workspace and --passphrase-file for running `review` on this workspace.</summary>
    public string[] WorkspaceArguments => ["--workspace", test.Directory, "--passphrase-file", test.PassphraseFile];

    /// <summary>A path in the test's temporary directory.</summary>
    public string PathFor(string name) => test.PathFor(name);

    /// <summary>Records adjudication.csv's decisions, as a team would after reading the disagreements.</summary>
    private void Adjudicate()
    {
        var version = Codebook.Load().Version;
        Workspace.Coding.ReplaceCoder(Adjudicator, [.. SyntheticCorpus.Adjudication().Select(decision =>
        {
            var value = decision.Value switch
            {
                "1" => null,
                "0" => CodeValues.Absent,
                _ => decision.Value,
            };
            return new CodeApplication(IdOf[decision.Unit], decision.Code, value, null, Adjudicator, version, "adjudicated from the corpus", Adjudicated: true);
        })]);
    }

    public void Dispose() => test.Dispose();
}

/// <summary>The corpus test classes share one <see cref="CodedCorpus"/> and run one after another.</summary>
[CollectionDefinition(CodedCorpus.Collection)]
public sealed class CodedCorpusDefinition : ICollectionFixture<CodedCorpus>;
