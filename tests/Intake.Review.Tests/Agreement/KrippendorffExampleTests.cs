using Intake.Review.Agreement;
using Intake.Review.Coding;

namespace Intake.Review.Tests.Agreement;

/// <summary>Alpha against Krippendorff's published worked examples, to 3 decimals.</summary>
public sealed class KrippendorffExampleTests
{
    [Theory]
    [InlineData(MeasurementLevel.Nominal, 0.743)]
    [InlineData(MeasurementLevel.Interval, 0.849)]
    public void Four_coders_twelve_units_with_missing_values(MeasurementLevel level, double published)
    {
        var code = Single(ReliabilityData.FourCodersTwelveUnits, level);

        Assert.Equal(published, Math.Round(code.Alpha!.Value, 3));
        Assert.Equal(level, code.Level);
        Assert.Equal(11, code.Units);
        Assert.Equal(4, code.Coders);
        Assert.Equal(40, code.PairableValues);
        Assert.Null(code.Note);
    }

    [Theory]
    [InlineData(MeasurementLevel.Nominal, 0.691)]
    [InlineData(MeasurementLevel.Interval, 0.811)]
    public void Three_coders_fifteen_units_with_missing_values(MeasurementLevel level, double published)
    {
        var code = Single(ReliabilityData.ThreeCodersFifteenUnits, level);

        Assert.Equal(published, Math.Round(code.Alpha!.Value, 3));
        // Units 1, 2 and 14 have fewer than two values.
        Assert.Equal(12, code.Units);
        Assert.Equal(3, code.Coders);
    }

    [Fact]
    public void The_estimate_alone_gives_the_same_alpha_from_the_values_of_each_unit()
    {
        // Krippendorff's example again, unit by unit, in category numbers.
        double[][] units = [[1, 1, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4], [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [5, 5, 5], [1, 1], [3]];

        var nominal = KrippendorffAlpha.Estimate(units, MeasurementLevel.Nominal);

        Assert.Equal(0.743, Math.Round(nominal.Alpha!.Value, 3));
        Assert.Equal((11, 40), (nominal.Units, nominal.PairableValues));
    }

    [Fact]
    public void Interval_values_may_be_decimals_written_with_a_dot()
    {
        // Krippendorff's example with every 1 made 0.5 (expected value worked out independently from the same formulas).
        var halves = ReliabilityData.FourCodersTwelveUnits.Select(line => line.Replace("1", "0.5", StringComparison.Ordinal));

        var code = Single(halves, MeasurementLevel.Interval);

        Assert.Equal(0.833, Math.Round(code.Alpha!.Value, 3));
    }

    private static CodeAgreement Single(IEnumerable<string> data, MeasurementLevel level) =>
        Assert.Single(AgreementCalculator.Compute(ReliabilityData.Rows(data), _ => level).Codes);
}
