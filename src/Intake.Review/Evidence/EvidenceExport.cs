using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Intake.Review.Coding;
using Intake.Review.Workspace;

namespace Intake.Review.Evidence;

/// <summary>How many records an export wrote, and from how many testimonies it chose them.</summary>
public sealed record EvidenceExportResult(int Records, int WithFacts, int WithQuotes, int Testimonies);

/// <summary>
/// <c>review evidence-export</c>: de-identified records for a public evidence database, only for
/// testimonies whose consent allows it, written to a new directory whole or not at all. It
/// refuses, before writing anything, while any quote in the workspace has a checker flag no
/// reviewer resolved.
/// </summary>
public static class EvidenceExport
{
    public const string JsonLinesFile = "evidence.jsonl";
    public const string CsvFile = "evidence.csv";
    public const string ReadmeFile = "README.txt";

    private const int RecordIdBytes = 16;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="cases">The adjudicated coding of the workspace's testimonies.</param>
    /// <exception cref="EvidenceRefusedException">A quote has an unresolved flag.</exception>
    /// <exception cref="ReviewException">The output directory exists or cannot be made.</exception>
    public static EvidenceExportResult Write(ReviewWorkspace workspace, IReadOnlyList<CaseCoding> cases, QuoteChecker checker, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(checker);
        var target = Path.GetFullPath(outputDirectory);
        PrivateDirectory.RequireNew(target);
        var quotes = workspace.Quotes.All();
        var flagged = quotes
            .Select(quote => new FlaggedQuote(quote.Id, quote.UnresolvedFlags(checker).Select(flag => flag.Kind).Distinct().Order().ToList()))
            .Where(quote => quote.Kinds.Count > 0)
            .ToList();
        if (flagged.Count > 0)
        {
            throw new EvidenceRefusedException(flagged);
        }
        var testimonies = workspace.Catalog.List();
        var records = Select(workspace, testimonies, cases, quotes.ToLookup(quote => quote.TestimonyId));
        // Records in random order: the workspace's order (by day) would let a reader align them with it.
        RandomNumberGenerator.Shuffle(records.AsSpan());
        PrivateDirectory.Write(target,
        [
            new(JsonLinesFile, EvidenceJsonLines.Write(records, Json)),
            new(CsvFile, EvidenceCsv.Write(records, Json)),
            new(ReadmeFile, EvidenceReadme.Write(records.Length)),
        ]);
        return new EvidenceExportResult(records.Length, records.Count(r => r.Facts is not null), records.Count(r => r.Quotes is not null), testimonies.Count);
    }

    private static EvidenceRecord[] Select(
        ReviewWorkspace workspace, IReadOnlyList<TestimonySummary> testimonies, IReadOnlyList<CaseCoding> cases, ILookup<Guid, Quote> quotes)
    {
        var coded = cases.ToDictionary(coding => coding.TestimonyId);
        var records = new List<EvidenceRecord>();
        foreach (var testimony in testimonies)
        {
            var consent = workspace.FindAnswers(testimony.Id) is { } answers ? Consent.Of(answers) : Consent.None;
            var facts = consent.Statistics && coded.TryGetValue(testimony.Id, out var coding) ? CaseFacts.From(coding) : null;
            IReadOnlyList<string>? published = consent.Quotes && quotes[testimony.Id].Any() ? [.. quotes[testimony.Id].Select(quote => quote.Redacted)] : null;
            if (facts is not null || published is not null)
            {
                records.Add(new EvidenceRecord(NewRecordId(), facts, consent.UnAndCourts, published));
            }
        }
        return [.. records];
    }

    private static string NewRecordId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(RecordIdBytes));
}
