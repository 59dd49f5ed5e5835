using System.Text.Json.Nodes;
using Intake.Review.Coding;
using Intake.Review.Evidence;
using Intake.Review.Import;
using Intake.Review.Tests.Support;
using Intake.Review.Workspace;

namespace Intake.Review.Tests.Evidence;

/// <summary>What a fictional source allowed, and what they said.</summary>
internal sealed record Source(bool Statistics, bool Quotes, bool UnAndCourts, string Narrative, DateOnly Day, string City = "Caracas");

/// <summary>
/// A <see cref="TestWorkspace"/> filled with testimonies whose consent answers vary, each coded
/// with <see cref="TypicalCodes"/> by one coder in the workspace's coding store (what the command
/// exports) and, for the export's own tests, as final codings built here (<see cref="Cases"/>),
/// so they do not depend on how the coding is adjudicated.
/// </summary>
internal sealed class EvidenceTestWorkspace : IDisposable
{
    public const string Coder = "ana";

    /// <summary>The codes every testimony gets: three indicators, a full Palermo definition and every exported attribute.</summary>
    public static readonly IReadOnlyList<(string Code, string? Value)> TypicalCodes =
    [
        ("ilo.deception", null), ("ilo.retention_of_documents", null), ("ilo.withholding_of_wages", null),
        ("palermo.act.recruitment", null), ("palermo.means.deception", null), ("palermo.purpose.forced_labour", null),
        ("attr.host_country", "VE"), ("attr.sector", "medicine"), ("attr.profession", "médico de familia"),
        ("attr.mission_years", "2015-2019"), ("attr.employer", "csmc"), ("attr.pay_withheld_percent", "77"),
        ("attr.passport_retained", "yes"), ("attr.family_threatened", "no"), ("attr.barred_from_returning", "yes"), ("attr.left_mission", "no"),
    ];

    public EvidenceTestWorkspace(params Source[] sources)
    {
        Test = new TestWorkspace();
        var submissions = sources.Select(source => TestSubmission.Create([.. Test.Recipients], Answers(source), day: source.Day)).ToList();
        BundleImporter.Import(Test.Workspace, Test.Server.NextBundle([.. submissions]), startChain: false);
        Ids = [.. submissions.Select(submission => submission.Id)];
        Cases = [.. submissions.Select(submission => new CaseCoding(submission.Id, submission.Day, TypicalCodes.ToDictionary(code => code.Code, code => code.Value)))];
        foreach (var id in Ids)
        {
            foreach (var (code, value) in TypicalCodes)
            {
                Workspace.Coding.Add(new CodeApplication(id, code, value, null, Coder, 1, "memo: el coordinador Rigoberto", false));
            }
        }
    }

    public TestWorkspace Test { get; }

    public ReviewWorkspace Workspace => Test.Workspace;

    /// <summary>The testimonies' ids, in the order of the sources.</summary>
    public IReadOnlyList<Guid> Ids { get; }

    /// <summary>Every testimony's final coding: <see cref="TypicalCodes"/>.</summary>
    public IReadOnlyList<CaseCoding> Cases { get; }

    public string NewOutput() => Test.PathFor($"export-{Guid.NewGuid():N}");

    public EvidenceExportResult Export(string output, QuoteChecker? checker = null) =>
        EvidenceExport.Write(Workspace, Cases, checker ?? QuoteChecker.Default, output);

    public void Dispose() => Test.Dispose();

    private static Dictionary<string, JsonNode> Answers(Source source)
    {
        var answers = TestSubmission.TypicalAnswers(source.Narrative);
        answers["mission_city"] = JsonValue.Create(source.City);
        answers["consent_statistics"] = JsonValue.Create(source.Statistics);
        answers["consent_quotes"] = JsonValue.Create(source.Quotes);
        answers["consent_un_and_courts"] = JsonValue.Create(source.UnAndCourts);
        return answers;
    }
}
