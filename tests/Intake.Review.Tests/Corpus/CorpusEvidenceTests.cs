using System.Text.Json;
using System.Text.Json.Nodes;
using Intake.Review.Coding;
using Intake.Review.Evidence;

namespace Intake.Review.Tests.Corpus;

/// <summary>
/// The evidence export of the adjudicated corpus: the identifiers planted in the narratives
/// are flagged and block the export until dealt with; then the records hold the facts of the
/// testimonies that allowed statistics and only those, and quotes only from those that allowed
/// quotes. Quotes carry a marker (letters only) naming their testimony, so a record can be
/// traced back in the test and nowhere else.
/// </summary>
[Collection(CodedCorpus.Collection)]
public sealed class CorpusEvidenceTests(CodedCorpus corpus)
{
    private static readonly Dictionary<string, FlagKind> PlantedKinds = new()
    {
        ["phone"] = FlagKind.Phone,
        ["email"] = FlagKind.Email,
        ["date"] = FlagKind.Date,
        ["id"] = FlagKind.DocumentNumber,
    };

    [Fact]
    public void Planted_identifiers_block_the_export_and_consent_decides_what_is_published()
    {
        var checker = new QuoteChecker(NameList.WithFile(FictionalNamesFile()));
        var flaggedIds = new List<long>();
        foreach (var (unit, sentence, kind) in PlantedDetails())
        {
            Assert.True(checker.Check(sentence).Any(flag => flag.Kind == kind), $"{unit}: no {kind} flag in «{sentence}»");
            flaggedIds.Add(QuoteSentence(unit, sentence, sentence).Id);
        }
        var refusedTarget = corpus.PathFor("evidence-refused");

        var refusal = Assert.Throws<EvidenceRefusedException>(() => EvidenceExport.Write(corpus.Workspace, corpus.Final.Cases, checker, refusedTarget));

        Assert.Equal(flaggedIds.Order(), refusal.Quotes.Select(quote => quote.QuoteId).Order());
        Assert.False(Directory.Exists(refusedTarget));
        flaggedIds.ForEach(id => Assert.True(corpus.Workspace.Quotes.Remove(id)));

        // Clean quotes everywhere: the first sentence of each narrative, redacted to a marker and a harmless phrase.
        foreach (var unit in SyntheticCorpus.Units)
        {
            var narrative = Narrative(unit);
            QuoteSentence(unit, narrative[..(narrative.IndexOf('.', StringComparison.Ordinal) + 1)], $"({Marker(unit)}) Me enviaron a trabajar lejos de casa.");
        }
        var target = corpus.PathFor("evidence");
        var result = EvidenceExport.Write(corpus.Workspace, corpus.Final.Cases, checker, target);

        var records = File.ReadAllLines(Path.Combine(target, EvidenceExport.JsonLinesFile)).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        AssertPublishedOnlyWithConsent(records);
        Assert.Equal(records.Count, result.Records);
        Assert.All(records, record => Assert.Subset(EvidenceFields.All.ToHashSet(), record.Select(field => field.Key).ToHashSet()));
    }

    private static void AssertPublishedOnlyWithConsent(List<JsonObject> records)
    {
        var noStatistics = SyntheticCorpus.Without("statistics");
        var noQuotes = SyntheticCorpus.Without("quotes");
        var expectedUnits = SyntheticCorpus.Units.Where(unit => !noStatistics.Contains(unit) || !noQuotes.Contains(unit)).ToList();
        Assert.Equal(expectedUnits.Count, records.Count);

        var withFacts = records.Where(record => record[EvidenceFields.HostCountry] is not null).ToList();
        Assert.Equal(SyntheticCorpus.Testimonies - noStatistics.Count, withFacts.Count);
        foreach (var record in records)
        {
            var quotes = record[EvidenceFields.Quotes]?.AsArray().Select(quote => quote!.GetValue<string>()).ToList();
            var unit = quotes is null ? null : SyntheticCorpus.Units.Single(u => quotes.Any(quote => quote.Contains(Marker(u), StringComparison.Ordinal)));
            Assert.True(unit is null || !noQuotes.Contains(unit), $"a quote of {unit} was published without consent to quotes");
            Assert.True(unit is null || (record[EvidenceFields.HostCountry] is null) == noStatistics.Contains(unit), $"the facts of {unit} do not follow its consent to statistics");
        }

        // The published facts are exactly the consenting cases' facts: no other testimony's slipped in.
        var expected = SyntheticCorpus.Truth
            .Where(entry => !noStatistics.Contains(entry.GetProperty("unit").GetString()!))
            .Select(entry => entry.GetProperty("attributes"))
            .Select(a => $"{a.GetProperty("attr.host_country").GetString()}/{a.GetProperty("attr.sector").GetString()}/{a.GetProperty("attr.mission_years").GetString()![..4]}")
            .Order(StringComparer.Ordinal);
        var published = withFacts
            .Select(r => $"{r[EvidenceFields.HostCountry]}/{r[EvidenceFields.Sector]}/{r[EvidenceFields.MissionStartYear]}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, published);
    }

    private Review.Workspace.Quote QuoteSentence(string unit, string sentence, string redacted)
    {
        var start = Narrative(unit).IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{unit} does not hold «{sentence}»");
        return corpus.Workspace.Quotes.Add(corpus.IdOf[unit], new TextPassage(start, start + sentence.Length), redacted, null);
    }

    private string Narrative(string unit) => corpus.Workspace.FindAnswers(corpus.IdOf[unit])!.TextAnswer("narrative")!;

    /// <summary>Each planted identifier sentence and fictional-name sentence, with the flag it must raise.</summary>
    private static IEnumerable<(string Unit, string Sentence, FlagKind Kind)> PlantedDetails()
    {
        foreach (var entry in SyntheticCorpus.Truth)
        {
            var unit = entry.GetProperty("unit").GetString()!;
            if (entry.TryGetProperty("planted_identifier", out var planted))
            {
                yield return (unit, planted.GetProperty("sentence").GetString()!, PlantedKinds[planted.GetProperty("kind").GetString()!]);
            }
            if (entry.TryGetProperty("fictional_name", out var name))
            {
                yield return (unit, $"Quien mandaba en la brigada era {name.GetString()}.", FlagKind.Name);
            }
        }
    }

    /// <summary>The corpus's invented names, as a team adds its own with --names.</summary>
    private string FictionalNamesFile()
    {
        var path = corpus.PathFor("fictional-names.txt");
        File.WriteAllLines(path, SyntheticCorpus.Truth.Where(e => e.TryGetProperty("fictional_name", out _)).Select(e => e.GetProperty("fictional_name").GetString()!).Distinct());
        return path;
    }

    // Letters only ("qabh" for 017), so the checker has nothing to flag in it.
    private static string Marker(string unit) => "q" + string.Concat(unit.Select(digit => (char)('a' + (digit - '0'))));
}
