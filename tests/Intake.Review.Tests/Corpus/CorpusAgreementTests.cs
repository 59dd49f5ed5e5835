using System.Text.Json;
using Intake.Review.Agreement;
using Intake.Review.Coding;

namespace Intake.Review.Tests.Corpus;

/// <summary>
/// Ana and Beto's codings of the sixty testimonies, with the disagreements planted on purpose
/// (corpus README): alpha, percent agreement and the disagreement list equal the numbers
/// compute_expected.py worked out on its own, from the workspace and from the CSV files alike.
/// </summary>
[Collection(CodedCorpus.Collection)]
public sealed class CorpusAgreementTests(CodedCorpus corpus)
{
    private static JsonElement Expected => SyntheticCorpus.Expected.GetProperty("agreement");

    [Fact]
    public void Workspace_codings_give_the_hand_computed_agreement()
    {
        var rows = WorkspaceCodingTable.Rows(corpus.Workspace.Coding.All());
        var report = AgreementCalculator.Compute(rows, WorkspaceCodingTable.LevelOf);

        AssertMatchesExpected(report, unit => corpus.UnitOf[unit]);
    }

    [Fact]
    public void The_coders_tables_read_as_csv_give_the_same_agreement()
    {
        // As an analyst would run it: the share of pay withheld is interval, every other code nominal.
        var report = AgreementCalculator.Compute(
            SyntheticCorpus.CoderRows(), code => code == "attr.pay_withheld_percent" ? MeasurementLevel.Interval : MeasurementLevel.Nominal);

        AssertMatchesExpected(report, unit => unit);
    }

    [Fact]
    public void Adjudicated_applications_do_not_count_as_a_coders_values()
    {
        Assert.Contains(corpus.Workspace.Coding.All(), application => application.Adjudicated);

        var rows = WorkspaceCodingTable.Rows(corpus.Workspace.Coding.All());

        Assert.Equal(["ana", "beto"], rows.Select(row => row.Coder).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(SyntheticCorpus.Testimonies, rows.Select(row => row.Unit).Distinct().Count());
    }

    [Fact]
    public void Before_adjudication_exactly_the_planted_disagreements_are_open()
    {
        var open = corpus.BeforeAdjudication.Disagreements.Select(d => (corpus.UnitOf[d.TestimonyId.ToString()], d.CodeId)).Order().ToList();

        Assert.Equal(ExpectedDisagreements(), open);
        Assert.Empty(corpus.Final.Disagreements);
    }

    private static void AssertMatchesExpected(AgreementReport report, Func<string, string> unitName)
    {
        var expectedCodes = Expected.GetProperty("codes").EnumerateObject().ToDictionary(code => code.Name, code => code.Value);
        Assert.Equal(expectedCodes.Keys.Order(StringComparer.Ordinal), report.Codes.Select(code => code.Code));
        foreach (var code in report.Codes)
        {
            var expected = expectedCodes[code.Code];
            var because = $"{code.Code}: alpha {code.Alpha}, {code.PercentAgreement} %";
            Assert.True(expected.GetProperty("level").GetString() == (code.Level == MeasurementLevel.Interval ? "interval" : "nominal"), because);
            Assert.True(Rounded(expected.GetProperty("alpha").GetDouble()) == Rounded(code.Alpha!.Value), because);
            Assert.True(Rounded(expected.GetProperty("percent_agreement").GetDouble()) == Rounded(code.PercentAgreement!.Value), because);
            Assert.True(expected.GetProperty("units").GetInt32() == code.Units, because);
            Assert.True(expected.GetProperty("coders").GetInt32() == code.Coders, because);
            Assert.True(expected.GetProperty("pairable_values").GetInt32() == code.PairableValues, because);
        }

        var overall = Expected.GetProperty("overall");
        Assert.Equal(Rounded(overall.GetProperty("alpha").GetDouble()), Rounded(report.Overall.Alpha!.Value));
        Assert.Equal(Rounded(overall.GetProperty("percent_agreement").GetDouble()), Rounded(report.Overall.PercentAgreement!.Value));
        Assert.Equal(overall.GetProperty("units").GetInt32(), report.Overall.Units);
        Assert.Equal(overall.GetProperty("pairable_values").GetInt32(), report.Overall.PairableValues);
        Assert.Equal(overall.GetProperty("pooled_codes").EnumerateArray().Select(code => code.GetString()), report.Overall.PooledCodes);

        var listed = report.Disagreements.Select(d => (unitName(d.Unit), d.Code)).Order().ToList();
        Assert.Equal(ExpectedDisagreements(), listed);
        foreach (var disagreement in report.Disagreements)
        {
            var expected = Expected.GetProperty("disagreements").EnumerateArray()
                .Single(e => e.GetProperty("unit").GetString() == unitName(disagreement.Unit) && e.GetProperty("code").GetString() == disagreement.Code)
                .GetProperty("values");
            Assert.Equal(
                expected.EnumerateObject().Select(v => (v.Name, v.Value.GetString())),
                disagreement.Values.Select(v => (v.Coder, v.Value)));
        }
    }

    private static List<(string Unit, string Code)> ExpectedDisagreements() =>
        [.. Expected.GetProperty("disagreements").EnumerateArray().Select(e => (e.GetProperty("unit").GetString()!, e.GetProperty("code").GetString()!)).Order()];

    // Three decimals, as the published worked examples are given.
    private static double Rounded(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}
