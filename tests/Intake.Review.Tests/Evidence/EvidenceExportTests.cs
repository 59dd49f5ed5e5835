using System.Text.Json;
using Intake.Review.Coding;
using Intake.Review.Evidence;

namespace Intake.Review.Tests.Evidence;

public sealed class EvidenceExportTests
{
    private static readonly DateOnly Day = new(2024, 11, 27);
    private static readonly string[] TrueFields = ["palermo_act", "palermo_means", "palermo_purpose", "passport_retained", "barred_from_returning"];
    private static readonly string[] FalseFields = ["family_threatened", "left_mission"];

    [Fact]
    public void Only_what_each_source_allowed_is_exported()
    {
        using var test = new EvidenceTestWorkspace(
            Source(statistics: true, quotes: true, un: true, "todo"),
            Source(statistics: true, quotes: false, un: false, "cifras"),
            Source(statistics: false, quotes: true, un: false, "frases"),
            Source(statistics: false, quotes: false, un: true, "nada"));
        foreach (var (id, word) in test.Ids.Zip(["todo", "cifras", "frases", "nada"]))
        {
            test.Workspace.Quotes.Add(id, new TextPassage(0, 10), $"Frase publicable {word}.", note: null);
        }
        var output = test.NewOutput();

        var result = test.Export(output);

        var records = EvidenceFiles.ReadJsonLines(output);
        Assert.Equal((3, 2, 2, 4), (result.Records, result.WithFacts, result.WithQuotes, result.Testimonies));
        var all = Assert.Single(records, r => Quotes(r).SequenceEqual(["Frase publicable todo."]));
        Assert.Equal((2024, true), (all.GetProperty("year_received").GetInt32(), all.GetProperty("may_share_with_un_and_courts").GetBoolean()));
        var statisticsOnly = Assert.Single(records, r => r.GetProperty("quotes").ValueKind == JsonValueKind.Null);
        Assert.Equal(("VE", false), (statisticsOnly.GetProperty("host_country").GetString(), statisticsOnly.GetProperty("may_share_with_un_and_courts").GetBoolean()));
        var quotesOnly = Assert.Single(records, r => Quotes(r).SequenceEqual(["Frase publicable frases."]));
        Assert.All(EvidenceFields.All.Except([EvidenceFields.RecordId, EvidenceFields.Quotes, EvidenceFields.MayShareWithUnAndCourts]),
            field => Assert.Equal(JsonValueKind.Null, quotesOnly.GetProperty(field).ValueKind));
        var text = EvidenceFiles.ReadAll(output);
        Assert.DoesNotContain("cifras", text, StringComparison.Ordinal);
        Assert.DoesNotContain("nada", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_testimony_without_consent_or_without_coding_is_not_exported_at_all()
    {
        using var test = new EvidenceTestWorkspace(
            Source(statistics: false, quotes: false, un: true, "uno"),
            Source(statistics: false, quotes: false, un: false, "dos"),
            Source(statistics: false, quotes: true, un: true, "tres"));
        test.Workspace.Quotes.Add(test.Ids[0], new TextPassage(0, 5), "Una frase sin permiso.", note: null);
        var output = test.NewOutput();

        var result = test.Export(output);

        Assert.Equal(0, result.Records);
        Assert.Empty(EvidenceFiles.ReadJsonLines(output));
        Assert.Equal([string.Join(',', EvidenceFields.All)], EvidenceFiles.CsvLines(output));
        Assert.DoesNotContain("sin permiso", EvidenceFiles.ReadAll(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Coded_facts_are_coarsened_as_documented()
    {
        using var test = new EvidenceTestWorkspace(Source(statistics: true, quotes: false, un: false, "cifras"));
        var output = test.NewOutput();

        test.Export(output);

        var record = Assert.Single(EvidenceFiles.ReadJsonLines(output));
        Assert.Equal(32, record.GetProperty("record_id").GetString()!.Length);
        Assert.Equal((2024, "VE", "medicine", 2015, 75), (
            record.GetProperty("year_received").GetInt32(), record.GetProperty("host_country").GetString(), record.GetProperty("sector").GetString(),
            record.GetProperty("mission_start_year").GetInt32(), record.GetProperty("pay_withheld_percent").GetInt32()));
        Assert.Equal(["ilo.deception", "ilo.retention_of_documents", "ilo.withholding_of_wages"], Strings(record, "ilo_indicators").Order());
        Assert.Equal(["palermo.act.recruitment", "palermo.means.deception", "palermo.purpose.forced_labour"], Strings(record, "palermo_elements").Order());
        Assert.All(TrueFields, field => Assert.True(record.GetProperty(field).GetBoolean()));
        Assert.All(FalseFields, field => Assert.False(record.GetProperty(field).GetBoolean()));
    }

    [Theory]
    [InlineData("77", 75)]
    [InlineData("92.5", 95)]
    [InlineData("97", 95)]
    [InlineData("98", 100)]
    [InlineData("2", 0)]
    public void Pay_withheld_is_rounded_to_the_nearest_5(string percent, int published)
    {
        var coding = new CaseCoding(Guid.NewGuid(), Day, new Dictionary<string, string?> { ["attr.pay_withheld_percent"] = percent });

        Assert.Equal(published, CaseFacts.From(coding).PayWithheldPercent);
    }

    [Fact]
    public void Values_of_an_unexpected_shape_and_codes_outside_the_shipped_codebook_are_left_out()
    {
        var coding = new CaseCoding(Guid.NewGuid(), Day, new Dictionary<string, string?>
        {
            ["attr.host_country"] = "Caracas, VE",
            ["attr.sector"] = "Hospital Militar",
            ["attr.mission_years"] = "marzo 2015",
            ["ilo.team_extension"] = null,
            ["ilo.isolation"] = null,
        });

        var facts = CaseFacts.From(coding);

        Assert.Equal((null, null, null), (facts.HostCountry, facts.Sector, facts.MissionStartYear));
        Assert.Equal(["ilo.isolation"], facts.IloIndicators);
        Assert.False(facts.PalermoAct);
    }

    [Fact]
    public void Every_export_draws_new_record_ids_and_a_new_order()
    {
        string[] words = ["a", "b", "c"];
        using var test = new EvidenceTestWorkspace([.. words.Select(word => Source(statistics: true, quotes: true, un: false, word))]);
        foreach (var (id, word) in test.Ids.Zip(words))
        {
            test.Workspace.Quotes.Add(id, new TextPassage(0, 5), $"Frase {word}.", note: null);
        }

        var exports = Enumerable.Range(0, 12).Select(_ =>
        {
            var output = test.NewOutput();
            test.Export(output);
            return EvidenceFiles.ReadJsonLines(output);
        }).ToList();

        var ids = exports.SelectMany(records => records.Select(r => r.GetProperty("record_id").GetString()!)).ToList();
        Assert.Equal(36, ids.Distinct().Count());
        Assert.DoesNotContain(ids, id => test.Ids.Any(submission => id.Contains(submission.ToString("N"), StringComparison.OrdinalIgnoreCase)));
        // Each export shuffles: twelve exports of three records all in one order would happen once in 6^11.
        var orders = exports.Select(records => string.Join(',', records.SelectMany(Quotes))).ToList();
        Assert.True(orders.Distinct().Count() > 1, "every export listed the records in the same order");
    }

    private static Source Source(bool statistics, bool quotes, bool un, string word) =>
        new(statistics, quotes, un, $"Relato {word}: nos retiraron el pasaporte al llegar.", Day);

    private static IEnumerable<string> Quotes(JsonElement record) =>
        record.GetProperty("quotes") is { ValueKind: JsonValueKind.Array } quotes ? quotes.EnumerateArray().Select(q => q.GetString()!) : [];

    private static IEnumerable<string> Strings(JsonElement record, string field) => record.GetProperty(field).EnumerateArray().Select(item => item.GetString()!);
}
