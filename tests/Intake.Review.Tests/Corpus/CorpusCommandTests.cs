using System.Text.Json;
using Intake.Review.Agreement;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Corpus;

/// <summary>
/// The same numbers through the command line a team uses: `review agreement --json` over the
/// workspace and over the coders' CSV tables, and the CSV files of `review report`, which
/// count only the testimonies whose source allowed statistics.
/// </summary>
[Collection(CodedCorpus.Collection)]
public sealed class CorpusCommandTests(CodedCorpus corpus)
{
    private static JsonElement ExpectedAgreement => SyntheticCorpus.Expected.GetProperty("agreement");

    private static JsonElement ExpectedReport => SyntheticCorpus.Expected.GetProperty("report_consenting_cases");

    [Fact]
    public void Agreement_json_over_the_workspace_has_the_hand_computed_numbers()
    {
        var result = CommandRunner.Run(["agreement", "--json", .. corpus.WorkspaceArguments]);

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertAgreement(JsonDocument.Parse(result.Out).RootElement);
    }

    [Fact]
    public void Agreement_json_over_the_coders_csv_tables_has_the_hand_computed_numbers()
    {
        var table = corpus.PathFor("ana-and-beto.csv");
        File.WriteAllLines(table, [.. File.ReadAllLines(SyntheticCorpus.PathOf("coder-ana.csv")), .. File.ReadAllLines(SyntheticCorpus.PathOf("coder-beto.csv")).Skip(1)]);

        var result = CommandRunner.Run("agreement", "--input", table, "--interval", "attr.pay_withheld_percent", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertAgreement(JsonDocument.Parse(result.Out).RootElement);
    }

    [Fact]
    public void Report_files_at_k_1_hold_every_hand_computed_number()
    {
        var directory = corpus.PathFor("report-k1");

        var result = CommandRunner.Run(["report", "--out", directory, "--k", "1", .. corpus.WorkspaceArguments]);

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertCounts(ExpectedReport.GetProperty("indicators"), ReadTable(directory, "ilo-indicators"), count => count.GetProperty("count").GetInt32());
        AssertCounts(ExpectedReport.GetProperty("indicators_per_case"), ReadTable(directory, "indicators-per-case"), count => count.GetInt32());
        AssertCounts(ExpectedReport.GetProperty("palermo"), ReadTable(directory, "palermo"), count => count.GetProperty("count").GetInt32());
        AssertCounts(ExpectedReport.GetProperty("by_country"), ReadTable(directory, "countries"), count => count.GetInt32());
        AssertCounts(ExpectedReport.GetProperty("by_sector"), ReadTable(directory, "sectors"), count => count.GetInt32());
        AssertCounts(ExpectedReport.GetProperty("by_start_year"), ReadTable(directory, "years"), count => count.GetInt32());
        var pay = ReadTable(directory, "pay-withheld").ToDictionary(row => row[0], row => row[1]);
        var expected = ExpectedReport.GetProperty("pay_withheld_percent");
        Assert.Equal(expected.GetProperty("n").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), pay["cases"]);
        foreach (var (statistic, key) in new[] { ("min", "min"), ("q1_type7", "q1"), ("median", "median"), ("q3_type7", "q3"), ("max", "max") })
        {
            Assert.Equal(expected.GetProperty(key).GetDouble(), double.Parse(pay[statistic], System.Globalization.CultureInfo.InvariantCulture), 3);
        }
    }

    [Fact]
    public void Report_files_at_k_5_suppress_every_cell_under_five_cases()
    {
        var directory = corpus.PathFor("report-k5");

        var result = CommandRunner.Run(["report", "--out", directory, .. corpus.WorkspaceArguments]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var primary = ExpectedReport.GetProperty("primary_suppressed");
        foreach (var (file, key) in new[] { ("ilo-indicators", "indicators"), ("indicators-per-case", "indicators_per_case"), ("palermo", "palermo"), ("countries", "by_country"), ("sectors", "by_sector"), ("years", "by_start_year") })
        {
            var rows = ReadTable(directory, file).ToDictionary(row => row[0]);
            foreach (var cell in primary.GetProperty(key).EnumerateArray().Select(cell => cell.GetString()!))
            {
                Assert.True(rows[cell][2] == string.Empty && rows[cell][4] == "true", $"{file}.csv publishes {cell}: {string.Join(',', rows[cell])}");
            }
        }
        foreach (var row in ReadTable(directory, "country-by-sector"))
        {
            Assert.True(row[2] == string.Empty || int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture) is 0 or >= 5, $"country-by-sector.csv publishes {string.Join(',', row)}");
        }
    }

    private static void AssertAgreement(JsonElement actual)
    {
        var expectedCodes = ExpectedAgreement.GetProperty("codes");
        var codes = actual.GetProperty("codes").EnumerateArray().ToList();
        Assert.Equal(expectedCodes.EnumerateObject().Select(code => code.Name).Order(StringComparer.Ordinal), codes.Select(code => code.GetProperty("code").GetString()));
        foreach (var code in codes)
        {
            var expected = expectedCodes.GetProperty(code.GetProperty("code").GetString()!);
            foreach (var field in new[] { "alpha", "percent_agreement" })
            {
                Assert.True(
                    Math.Round(expected.GetProperty(field).GetDouble(), 3) == Math.Round(code.GetProperty(field).GetDouble(), 3),
                    $"{code.GetProperty("code")} {field}: expected {expected.GetProperty(field)}, got {code.GetProperty(field)}");
            }
            foreach (var field in new[] { "units", "coders", "pairable_values" })
            {
                Assert.True(expected.GetProperty(field).GetInt32() == code.GetProperty(field).GetInt32(), $"{code.GetProperty("code")} {field}");
            }
            Assert.Equal(expected.GetProperty("level").GetString(), code.GetProperty("level").GetString());
        }
        var overall = ExpectedAgreement.GetProperty("overall");
        Assert.Equal(Math.Round(overall.GetProperty("alpha").GetDouble(), 3), Math.Round(actual.GetProperty("overall").GetProperty("alpha").GetDouble(), 3));
        Assert.Equal(ExpectedAgreement.GetProperty("disagreements").GetArrayLength(), actual.GetProperty("disagreements").GetArrayLength());
    }

    private static void AssertCounts(JsonElement expected, List<string[]> rows, Func<JsonElement, int> count)
    {
        var published = rows.ToDictionary(row => row[0], row => row[2]);
        Assert.Equal(expected.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal), published.Keys.Order(StringComparer.Ordinal));
        foreach (var entry in expected.EnumerateObject())
        {
            Assert.True(count(entry.Value).ToString(System.Globalization.CultureInfo.InvariantCulture) == published[entry.Name], $"{entry.Name}: expected {count(entry.Value)}, the report says {published[entry.Name]}");
        }
    }

    private static List<string[]> ReadTable(string directory, string id) =>
        [.. CsvRecords.Parse(File.ReadAllText(Path.Combine(directory, id + ".csv")), id).Skip(1).Select(record => record.Fields.ToArray())];
}
