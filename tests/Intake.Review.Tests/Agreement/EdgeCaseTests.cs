using Intake.Review.Agreement;
using Intake.Review.Coding;

namespace Intake.Review.Tests.Agreement;

/// <summary>When alpha is undefined it is null with a reason, never NaN and never a silent 1.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public void One_category_only_has_no_expected_disagreement_so_alpha_is_undefined_though_agreement_is_total()
    {
        var code = Single(["A: 1 1 1 *", "B: 1 1 * 1", "C: 1 * 1 1"]);

        Assert.Null(code.Alpha);
        Assert.Equal(AlphaEstimate.NoVariation, code.Note);
        Assert.Equal(100, code.PercentAgreement);
        Assert.Equal((4, 3, 9), (code.Units, code.Coders, code.PairableValues));
    }

    [Fact]
    public void One_coder_leaves_nothing_to_pair()
    {
        var code = Single(["A: 1 2 3 2"]);

        Assert.Null(code.Alpha);
        Assert.Equal(AlphaEstimate.NothingToPair, code.Note);
        Assert.Null(code.PercentAgreement);
        Assert.Equal((0, 0, 0), (code.Units, code.Coders, code.PairableValues));
    }

    [Fact]
    public void All_missing_leaves_nothing_to_pair()
    {
        var code = Single(["A: * * *", "B: * * *"]);

        Assert.Null(code.Alpha);
        Assert.Equal(AlphaEstimate.NothingToPair, code.Note);
        Assert.Equal((0, 0, 0), (code.Units, code.Coders, code.PairableValues));
    }

    [Fact]
    public void Coders_who_never_meet_on_a_unit_leave_nothing_to_pair()
    {
        var code = Single(["A: 1 2 * *", "B: * * 1 2"]);

        Assert.Null(code.Alpha);
        Assert.Equal(AlphaEstimate.NothingToPair, code.Note);
    }

    [Fact]
    public void The_same_number_on_an_interval_scale_has_no_variation_either()
    {
        var code = Assert.Single(AgreementCalculator.Compute(ReliabilityData.Rows(["A: 50 50", "B: 50.0 50"]), _ => MeasurementLevel.Interval).Codes);

        Assert.Null(code.Alpha);
        Assert.Equal(AlphaEstimate.NoVariation, code.Note);
        Assert.Equal(100, code.PercentAgreement);
    }

    [Fact]
    public void An_interval_value_that_is_not_a_number_is_refused_with_where_it_is()
    {
        var rows = ReliabilityData.Rows(["A: 50 40", "B: 50 cuarenta"]);

        var refused = Assert.Throws<ReviewException>(() => AgreementCalculator.Compute(rows, _ => MeasurementLevel.Interval));

        Assert.Contains("coder \"B\" gave unit \"u02\" the value \"cuarenta\", which is not a number", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_values_from_one_coder_for_one_unit_and_code_are_refused()
    {
        var rows = ReliabilityData.Rows(["A: 1 2", "B: 1 2"]);
        rows.Add(new CodingValue("u01", "B", ReliabilityData.Code, "2"));

        var refused = Assert.Throws<ReviewException>(() => AgreementCalculator.Compute(rows, _ => MeasurementLevel.Nominal));

        Assert.Contains("Coder \"B\" has two values for code \"example\" in unit \"u01\"", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_rows_give_no_codes_and_an_undefined_overall()
    {
        var report = AgreementCalculator.Compute([], _ => MeasurementLevel.Nominal);

        Assert.Empty(report.Codes);
        Assert.Empty(report.Disagreements);
        Assert.Null(report.Overall.Alpha);
        Assert.Equal(OverallAgreement.NoNominalCode, report.Overall.Note);
    }

    private static CodeAgreement Single(string[] data) =>
        Assert.Single(AgreementCalculator.Compute(ReliabilityData.Rows(data), _ => MeasurementLevel.Nominal).Codes);
}
