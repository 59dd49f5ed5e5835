using Intake.Review.Reports;

namespace Intake.Review.Tests.Reports;

/// <summary>The report's numbers on small hand-built case lists, with disclosure control off (k = 1) unless stated.</summary>
public sealed class ReportNumbersTests
{
    private const string Deception = "ilo.deception";
    private const string Documents = "ilo.retention_of_documents";
    private const string Wages = "ilo.withholding_of_wages";

    private static readonly List<Intake.Review.Coding.CaseCoding> FiveCases =
    [
        Cases.Of("BS", "health", "2015-2019", "92", Deception, Documents, Wages, "palermo.act.recruitment", "palermo.means.fraud", "palermo.purpose.forced_labour"),
        Cases.Of("bs", "health", "2016-2018", "75", Deception, Wages, "palermo.act.transportation", "palermo.means.deception"),
        Cases.Of("VE", "education", "2015", "80", Deception, "palermo.purpose.servitude"),
        Cases.Of("VE", null, "soon", null, "palermo.act.receipt", "palermo.means.coercion", "palermo.purpose.servitude"),
        Cases.Of(null, "health", null, "97.5"),
    ];

    [Fact]
    public void Indicator_counts_and_percentages_are_of_all_cases()
    {
        var report = ReportBuilder.Build(FiveCases, k: 1);

        Assert.Equal(5, report.CaseCount);
        Assert.Equal(11, report.Indicators.Rows.Count);
        Assert.Equal(3, report.Indicators.Row(Deception).Cell.Published);
        Assert.Equal("60.0", report.Indicators.Percent(report.Indicators.Row(Deception)));
        Assert.Equal(1, report.Indicators.Row(Documents).Cell.Published);
        Assert.Equal(2, report.Indicators.Row(Wages).Cell.Published);
        Assert.Equal(0, report.Indicators.Row("ilo.debt_bondage").Cell.Published);
        Assert.Equal("0.0", report.Indicators.Percent(report.Indicators.Row("ilo.debt_bondage")));
    }

    [Fact]
    public void The_number_of_indicators_per_case_runs_from_0_to_11()
    {
        var perCase = ReportBuilder.Build(FiveCases, k: 1).IndicatorsPerCase;

        Assert.Equal(Enumerable.Range(0, 12).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), perCase.Rows.Select(row => row.Key));
        Assert.Equal([2, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0], perCase.Rows.Select(row => row.Cell.Count));
        Assert.Equal("40.0", perCase.Percent(perCase.Row("0")));
    }

    [Fact]
    public void A_case_meets_the_Palermo_definition_only_with_an_act_a_means_and_a_purpose()
    {
        var palermo = ReportBuilder.Build(FiveCases, k: 1).Palermo;

        Assert.Equal(3, palermo.Row("palermo.act").Cell.Count);
        Assert.Equal(3, palermo.Row("palermo.means").Cell.Count);
        Assert.Equal(3, palermo.Row("palermo.purpose").Cell.Count);
        Assert.Equal(2, palermo.Row("palermo.definition").Cell.Count);
    }

    [Fact]
    public void Countries_sectors_and_years_count_missing_values_as_unknown()
    {
        var report = ReportBuilder.Build(FiveCases, k: 1);

        Assert.Equal([("BS", 2), ("VE", 2), ("unknown", 1)], report.Countries.Rows.Select(row => (row.Key, row.Cell.Count)));
        Assert.Equal([("health", 3), ("education", 1), ("unknown", 1)], report.Sectors.Rows.Select(row => (row.Key, row.Cell.Count)));
        Assert.Equal([("2015", 2), ("2016", 1), ("unknown", 2)], report.Years.Rows.Select(row => (row.Key, row.Cell.Count)));
        Assert.Equal([[2, 0, 0], [0, 1, 1], [1, 0, 0]], report.CountryBySector.Cells.Select(row => row.Select(cell => cell.Count).ToList()).ToList());
    }

    [Fact]
    public void Pay_withheld_quartiles_interpolate_linearly_between_order_statistics()
    {
        var summary = ReportBuilder.Build(FiveCases, k: 1).PayWithheld;

        // Sorted 75, 80, 92, 97.5: type 7 puts Q1 at position 0.75 → 75 + 0.75 × 5 = 78.75, and Q3 at 2.25 → 92 + 0.25 × 5.5.
        Assert.Equal(4, summary.Cases.Published);
        Assert.Equal(new PayWithheldStatistics(75, 78.75, 86, 93.375, 97.5), summary.Statistics);
    }

    [Fact]
    public void Pay_withheld_statistics_are_withheld_below_k_cases()
    {
        var report = ReportBuilder.Build(FiveCases, k: 5);

        Assert.Null(report.PayWithheld.Statistics);
        Assert.True(report.PayWithheld.Cases.Suppressed);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(4, 5)]
    public void Fewer_cases_than_k_are_refused(int count, int k)
    {
        var error = Assert.Throws<ReviewException>(() => ReportBuilder.Build(FiveCases.Take(count).ToList(), k));
        Assert.Contains("case", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quartiles_of_one_value_are_that_value()
    {
        Assert.Equal(42, Quartiles.Type7([42], 0.25));
        Assert.Equal(2.5, Quartiles.Type7([1, 2, 3, 4], 0.5));
    }
}
