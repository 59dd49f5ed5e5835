using System.Text.Json;
using Intake.Review.Coding;
using Intake.Review.Evidence;
using Intake.Review.Reports;

namespace Intake.Review.Tests.Corpus;

/// <summary>
/// The report on the adjudicated corpus: with k = 1 every number equals expected.json's
/// (worked out by compute_expected.py from the CSV files alone); with k = 5 every cell of 1 to
/// 4 cases is suppressed and every number still published is the same. Only cases whose source
/// allowed statistics are counted.
/// </summary>
[Collection(CodedCorpus.Collection)]
public sealed class CorpusReportTests(CodedCorpus corpus)
{
    private static JsonElement Expected => SyntheticCorpus.Expected.GetProperty("report_consenting_cases");

    [Fact]
    public void The_adjudicated_set_is_the_hand_computed_one()
    {
        var expected = SyntheticCorpus.Expected.GetProperty("adjudicated_cases");

        Assert.Equal(SyntheticCorpus.Testimonies, corpus.Final.Cases.Count);
        foreach (var coding in corpus.Final.Cases)
        {
            var unit = corpus.UnitOf[coding.TestimonyId.ToString()];
            var codes = expected.GetProperty(unit).EnumerateObject().ToDictionary(code => code.Name, code => code.Value.GetString());
            Assert.Equal(codes.OrderBy(c => c.Key, StringComparer.Ordinal), coding.Codes.OrderBy(c => c.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Without_disclosure_control_every_number_is_the_hand_computed_one()
    {
        var report = ReportBuilder.Build(ConsentingCases(), k: 1);

        Assert.Equal(Expected.GetProperty("cases").GetInt32(), report.CaseCount);
        Assert.Equal(0, report.SuppressedCells);
        AssertCounts(Expected.GetProperty("indicators"), report.Indicators, withPercent: true);
        AssertCounts(Expected.GetProperty("indicators_per_case"), report.IndicatorsPerCase, withPercent: false);
        AssertCounts(Expected.GetProperty("palermo"), report.Palermo, withPercent: true);
        AssertCounts(Expected.GetProperty("by_country"), report.Countries, withPercent: false);
        AssertCounts(Expected.GetProperty("by_sector"), report.Sectors, withPercent: false);
        AssertCounts(Expected.GetProperty("by_start_year"), report.Years, withPercent: false);

        var pay = Expected.GetProperty("pay_withheld_percent");
        Assert.Equal(pay.GetProperty("n").GetInt32(), report.PayWithheld.Cases.Published);
        var statistics = report.PayWithheld.Statistics!;
        Assert.Equal(pay.GetProperty("min").GetDouble(), statistics.Minimum, 3);
        Assert.Equal(pay.GetProperty("q1").GetDouble(), statistics.LowerQuartile, 3);
        Assert.Equal(pay.GetProperty("median").GetDouble(), statistics.Median, 3);
        Assert.Equal(pay.GetProperty("q3").GetDouble(), statistics.UpperQuartile, 3);
        Assert.Equal(pay.GetProperty("max").GetDouble(), statistics.Maximum, 3);
    }

    [Fact]
    public void With_k_5_every_cell_under_five_cases_is_suppressed_and_the_rest_unchanged()
    {
        var report = ReportBuilder.Build(ConsentingCases(), ReportBuilder.DefaultK);
        var primary = Expected.GetProperty("primary_suppressed");

        Assert.Equal(5, primary.GetProperty("k").GetInt32());
        AssertSuppressed(primary.GetProperty("indicators"), Expected.GetProperty("indicators"), report.Indicators);
        AssertSuppressed(primary.GetProperty("indicators_per_case"), Expected.GetProperty("indicators_per_case"), report.IndicatorsPerCase);
        AssertSuppressed(primary.GetProperty("palermo"), Expected.GetProperty("palermo"), report.Palermo);
        AssertSuppressed(primary.GetProperty("by_country"), Expected.GetProperty("by_country"), report.Countries);
        AssertSuppressed(primary.GetProperty("by_sector"), Expected.GetProperty("by_sector"), report.Sectors);
        AssertSuppressed(primary.GetProperty("by_start_year"), Expected.GetProperty("by_start_year"), report.Years);
        Assert.Equal(primary.GetProperty("pay_withheld_cases").GetBoolean(), report.PayWithheld.Cases.Suppressed);
        // Every inner cell of country × sector is under five cases or sums with one that is.
        Assert.All(report.CountryBySector.Cells.SelectMany(row => row), cell => Assert.True(cell.Suppressed || cell.Count == 0 || cell.Count >= 5));
    }

    [Fact]
    public void Testimonies_without_consent_to_statistics_are_not_counted()
    {
        var without = SyntheticCorpus.Without("statistics");
        var all = ReportBuilder.Build(corpus.Final.Cases, k: 1);
        var consenting = ReportBuilder.Build(ConsentingCases(), k: 1);

        Assert.Equal(SyntheticCorpus.Testimonies - without.Count, consenting.CaseCount);
        Assert.Equal(SyntheticCorpus.Expected.GetProperty("report_all_cases").GetProperty("cases").GetInt32(), all.CaseCount);
        AssertCounts(SyntheticCorpus.Expected.GetProperty("report_all_cases").GetProperty("by_country"), all.Countries, withPercent: false);
    }

    /// <summary>The adjudicated cases whose source said yes to statistics, as the answers documents record it.</summary>
    private List<CaseCoding> ConsentingCases() =>
        [.. corpus.Final.Cases.Where(coding => Consent.Of(corpus.Workspace.FindAnswers(coding.TestimonyId)!).Statistics)];

    private static void AssertCounts(JsonElement expected, OneWayTable table, bool withPercent)
    {
        var rows = expected.EnumerateObject().ToList();
        Assert.Equal(rows.Select(row => row.Name).Order(StringComparer.Ordinal), table.Rows.Select(row => row.Key).Order(StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var count = withPercent ? row.Value.GetProperty("count").GetInt32() : row.Value.GetInt32();
            Assert.True(count == table.Row(row.Name).Cell.Published, $"{table.Id} {row.Name}: expected {count}, published {table.Row(row.Name).Cell.Published}");
            if (withPercent)
            {
                var percent = row.Value.GetProperty("percent").GetDouble();
                Assert.Equal(Math.Round(percent, 1, MidpointRounding.AwayFromZero).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), table.Percent(table.Row(row.Name)));
            }
        }
    }

    private static void AssertSuppressed(JsonElement primary, JsonElement counts, OneWayTable table)
    {
        var mustHide = primary.EnumerateArray().Select(key => key.GetString()!).ToHashSet();
        foreach (var row in table.Rows)
        {
            var expected = counts.GetProperty(row.Key) is { ValueKind: JsonValueKind.Object } cell ? cell.GetProperty("count").GetInt32() : counts.GetProperty(row.Key).GetInt32();
            Assert.Equal(expected, row.Cell.Count);
            Assert.True(!mustHide.Contains(row.Key) || row.Cell.Suppressed, $"{table.Id} {row.Key} ({row.Cell.Count} cases) is published");
            Assert.True(row.Cell.Suppressed || row.Cell.Published == expected, $"{table.Id} {row.Key}");
        }
    }
}
