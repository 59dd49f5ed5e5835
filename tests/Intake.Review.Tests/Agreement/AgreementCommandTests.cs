using System.Text.Json;
using Intake.Review.Agreement;
using Intake.Review.Coding;
using Intake.Review.Import;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Agreement;

/// <summary><c>review agreement</c> through the real command line, over a CSV table and over a workspace.</summary>
public sealed class AgreementCommandTests
{
    [Fact]
    public void Json_over_a_table_is_one_object_with_codes_overall_and_disagreements()
    {
        using var temp = new TempDirectory("agreement");
        var table = WriteTable(temp, ReliabilityData.FourCodersTwelveUnits);

        var result = CommandRunner.Run("agreement", "--input", table, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["codes", "overall", "disagreements"], root.EnumerateObject().Select(property => property.Name));
        var code = Assert.Single(root.GetProperty("codes").EnumerateArray());
        Assert.Equal(
            ["code", "alpha", "level", "units", "coders", "pairable_values", "percent_agreement", "note"],
            code.EnumerateObject().Select(property => property.Name));
        Assert.Equal("example", code.GetProperty("code").GetString());
        Assert.Equal(0.743, Math.Round(code.GetProperty("alpha").GetDouble(), 3));
        Assert.Equal("nominal", code.GetProperty("level").GetString());
        Assert.Equal((11, 4, 40), (code.GetProperty("units").GetInt32(), code.GetProperty("coders").GetInt32(), code.GetProperty("pairable_values").GetInt32()));
        Assert.Equal(JsonValueKind.Null, code.GetProperty("note").ValueKind);
        var overall = root.GetProperty("overall");
        Assert.Equal(0.743, Math.Round(overall.GetProperty("alpha").GetDouble(), 3));
        Assert.Equal(OverallAgreement.Definition, overall.GetProperty("definition").GetString());
        // Units 2, 6 and 8; unit 6 has four different values, coder A's missing value on unit 1 is no disagreement.
        var disagreements = root.GetProperty("disagreements").EnumerateArray().ToList();
        Assert.Equal(["u02", "u06", "u08"], disagreements.Select(d => d.GetProperty("unit").GetString()));
        Assert.Equal("""{"A":"1","B":"2","C":"3","D":"4"}""", JsonSerializer.Serialize(disagreements[1].GetProperty("values")));
    }

    [Fact]
    public void Interval_codes_are_named_with_interval_and_an_undefined_alpha_is_null_with_its_reason()
    {
        using var temp = new TempDirectory("agreement");
        var table = WriteTable(temp, ReliabilityData.FourCodersTwelveUnits, "pct");
        File.AppendAllText(table, "t1,A,same,yes\nt1,B,same,yes\n");

        var result = CommandRunner.Run("agreement", "--input", table, "--interval", "pct", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var codes = json.RootElement.GetProperty("codes").EnumerateArray().ToList();
        Assert.Equal(("pct", "interval"), (codes[0].GetProperty("code").GetString(), codes[0].GetProperty("level").GetString()));
        Assert.Equal(0.849, Math.Round(codes[0].GetProperty("alpha").GetDouble(), 3));
        Assert.Equal(JsonValueKind.Null, codes[1].GetProperty("alpha").ValueKind);
        Assert.Equal(AlphaEstimate.NoVariation, codes[1].GetProperty("note").GetString());
        Assert.Equal(100, codes[1].GetProperty("percent_agreement").GetDouble());
    }

    [Fact]
    public void The_text_output_is_a_table_then_the_disagreements()
    {
        using var temp = new TempDirectory("agreement");
        var table = WriteTable(temp, ReliabilityData.FourCodersTwelveUnits);

        var result = CommandRunner.Run("agreement", "--input", table);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"example\s+nominal\s+0\.743\s+11\s+4\s+40\s+\d+\.\d %", result.Out);
        Assert.Matches(@"overall \(nominal codes pooled\)\s+nominal\s+0\.743", result.Out);
        Assert.Contains("Disagreements to adjudicate: 3", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"u06\s+example\s+1\s+2\s+3\s+4", result.Out);
        Assert.Matches(@"u02\s+example\s+2\s+2\s+3\s+2", result.Out);
    }

    [Fact]
    public void A_malformed_table_is_refused_with_its_line_and_exit_1()
    {
        using var temp = new TempDirectory("agreement");
        var table = temp.WriteText("bad.csv", "unit,coder,code,value\nt1,ana,c,1\nt1,ana,c,0\n");

        var result = CommandRunner.Run("agreement", "--input", table);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith($"review: {table}, line 3: a second row for unit \"t1\", coder \"ana\" and code \"c\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interval_code_the_table_does_not_have_is_refused_and_interval_needs_a_table()
    {
        using var temp = new TempDirectory("agreement");
        var table = WriteTable(temp, ReliabilityData.FourCodersTwelveUnits);

        var unknown = CommandRunner.Run("agreement", "--input", table, "--interval", "exmaple");
        var withoutTable = CommandRunner.Run("agreement", "--interval", "example");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("--interval names the code \"exmaple\", but no row of", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, withoutTable.ExitCode);
        Assert.Contains("--interval applies to a table given with --input", withoutTable.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Over_a_workspace_each_testimony_is_a_unit_and_adjudicated_codes_do_not_count()
    {
        using var test = new TestWorkspace();
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(test.Submission(), test.Submission(), test.Submission()), false);
        var ids = test.Workspace.Catalog.List().Select(testimony => testimony.Id).Order().ToList();
        // Presence: ana and ben agree on deception in every testimony, disagree on isolation in the first.
        // The share of pay withheld: 75 and 80 in the first, both 50 in the second.
        foreach (var id in ids)
        {
            Code(test, id, "ilo.deception", "ana");
            Code(test, id, "ilo.deception", "ben");
        }
        Code(test, ids[0], "ilo.isolation", "ana");
        Code(test, ids[0], "attr.pay_withheld_percent", "ana", "75");
        Code(test, ids[0], "attr.pay_withheld_percent", "ben", "80");
        Code(test, ids[1], "attr.pay_withheld_percent", "ana", "50");
        Code(test, ids[1], "attr.pay_withheld_percent", "ben", "50");
        Code(test, ids[0], "ilo.isolation", "team", adjudicated: true);

        var result = CommandRunner.Run("agreement", "--json", "--workspace", test.Directory, "--passphrase-file", test.PassphraseFile);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var codes = json.RootElement.GetProperty("codes").EnumerateArray().ToDictionary(code => code.GetProperty("code").GetString()!);
        Assert.Equal(["attr.pay_withheld_percent", "ilo.deception", "ilo.isolation"], codes.Keys);
        Assert.Equal("interval", codes["attr.pay_withheld_percent"].GetProperty("level").GetString());
        Assert.Equal(2, codes["attr.pay_withheld_percent"].GetProperty("units").GetInt32());
        Assert.Equal((3, 2), (codes["ilo.deception"].GetProperty("units").GetInt32(), codes["ilo.deception"].GetProperty("coders").GetInt32()));
        Assert.Equal(JsonValueKind.Null, codes["ilo.deception"].GetProperty("alpha").ValueKind);
        // Isolation: (1,0), (0,0), (0,0): n = 6, n_1 = 1, n_0 = 5, o_10 = o_01 = 1 → alpha = 1 − 5·2/(36 − 26) = 0.
        Assert.Equal(0, codes["ilo.isolation"].GetProperty("alpha").GetDouble(), 12);
        Assert.Equal(
            [(ids[0].ToString(), "attr.pay_withheld_percent"), (ids[0].ToString(), "ilo.isolation")],
            json.RootElement.GetProperty("disagreements").EnumerateArray().Select(d => (d.GetProperty("unit").GetString(), d.GetProperty("code").GetString())));
    }

    private static void Code(TestWorkspace test, Guid id, string code, string coder, string? value = null, bool adjudicated = false) =>
        test.Workspace.Coding.Add(new CodeApplication(id, code, value, null, coder, Codebook.Load().Version, null, adjudicated));

    private static string WriteTable(TempDirectory temp, IEnumerable<string> data, string code = ReliabilityData.Code) =>
        temp.WriteText("table.csv", "unit,coder,code,value\n" + string.Concat(ReliabilityData.Rows(data, code).Select(row => $"{row.Unit},{row.Coder},{row.Code},{row.Value}\n")));
}
