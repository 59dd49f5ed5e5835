using Intake.Review.Agreement;
using Intake.Review.Coding;

namespace Intake.Review.Tests.Agreement;

/// <summary>Small tables whose every figure is worked out by hand in the comments.</summary>
public sealed class HandComputedTests
{
    [Fact]
    public void Percent_agreement_alpha_and_disagreements_on_a_tiny_table()
    {
        // u1: A=x, B=x, C=y → 3 pairs, 1 agrees; u2: A=z, B=z → 1 pair, agrees; u3: A=x alone → not pairable.
        // Percent: 2 of 4 pairs = 50 %. Coincidences (pairs / (m − 1)): o_xx = 2/2 = 1, o_xy = o_yx = 2/2 = 1, o_zz = 2/1 = 2;
        // n_x = 2, n_y = 1, n_z = 2, n = 5; alpha = 1 − (n − 1)·Σ(c≠k) o_ck / (n² − Σ n_c²) = 1 − 4·2/(25 − 9) = 0.5.
        CodingValue[] rows =
        [
            new("u1", "A", "c", "x"), new("u1", "B", "c", "x"), new("u1", "C", "c", "y"),
            new("u2", "A", "c", "z"), new("u2", "B", "c", "z"), new("u2", "C", "c", null),
            new("u3", "A", "c", "x"),
        ];

        var report = AgreementCalculator.Compute(rows, _ => MeasurementLevel.Nominal);

        var code = Assert.Single(report.Codes);
        Assert.Equal(50, code.PercentAgreement);
        Assert.Equal(0.5, code.Alpha!.Value, 12);
        Assert.Equal((2, 3, 5), (code.Units, code.Coders, code.PairableValues));
        var disagreement = Assert.Single(report.Disagreements);
        Assert.Equal(("u1", "c"), (disagreement.Unit, disagreement.Code));
        Assert.Equal([new("A", "x"), new("B", "x"), new("C", "y")], disagreement.Values);
    }

    [Fact]
    public void Overall_pools_the_nominal_codes_over_unit_and_code_pairs_and_leaves_interval_codes_out()
    {
        // p: u1 {1,1}, u2 {0,1}; q: u1 {0,0}, u2 {0,0}; pct (interval) is not pooled.
        // p alone: n = 4, o_11 = 2, o_01 = o_10 = 1, n_1 = 3, n_0 = 1 → alpha = 1 − 3·2/(16 − 10) = 0; pairs 1 of 2 agree.
        // q alone: one value only → undefined. Pooled: n = 8, o_11 = 2, o_00 = 4, o_01 = o_10 = 1, n_1 = 3, n_0 = 5
        // → alpha = 1 − 7·2/(64 − 34) = 1 − 14/30 = 0.5333…; pairs 3 of 4 agree = 75 %.
        CodingValue[] rows =
        [
            new("u1", "A", "p", "1"), new("u1", "B", "p", "1"), new("u2", "A", "p", "0"), new("u2", "B", "p", "1"),
            new("u1", "A", "q", "0"), new("u1", "B", "q", "0"), new("u2", "A", "q", "0"), new("u2", "B", "q", "0"),
            new("u1", "A", "pct", "75"), new("u1", "B", "pct", "80"),
        ];

        var report = AgreementCalculator.Compute(rows, code => code == "pct" ? MeasurementLevel.Interval : MeasurementLevel.Nominal);

        Assert.Equal(["p", "pct", "q"], report.Codes.Select(code => code.Code));
        var p = report.Codes[0];
        Assert.Equal(0, p.Alpha!.Value, 12);
        Assert.Equal(50, p.PercentAgreement);
        Assert.Null(report.Codes[2].Alpha);
        Assert.Equal(MeasurementLevel.Interval, report.Codes[1].Level);
        Assert.Equal(0, report.Codes[1].PercentAgreement);
        var overall = report.Overall;
        Assert.Equal(1 - (14.0 / 30), overall.Alpha!.Value, 12);
        Assert.Equal(75, overall.PercentAgreement);
        Assert.Equal((4, 2, 8), (overall.Units, overall.Coders, overall.PairableValues));
        Assert.Equal(["p", "q"], overall.PooledCodes);
        Assert.Equal([("u2", "p"), ("u1", "pct")], report.Disagreements.Select(d => (d.Unit, d.Code)));
    }

    [Fact]
    public void Interval_values_that_are_the_same_number_written_differently_agree()
    {
        CodingValue[] rows = [new("u1", "A", "pct", "75"), new("u1", "B", "pct", "75.0"), new("u2", "A", "pct", "10"), new("u2", "B", "pct", "20")];

        var report = AgreementCalculator.Compute(rows, _ => MeasurementLevel.Interval);

        Assert.Equal(50, Assert.Single(report.Codes).PercentAgreement);
        Assert.Equal("u2", Assert.Single(report.Disagreements).Unit);
    }
}
