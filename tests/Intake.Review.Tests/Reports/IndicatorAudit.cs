using Intake.Review.Reports;

namespace Intake.Review.Tests.Reports;

/// <summary>
/// Attacks the indicator table and the indicators-per-case table together: the indicator
/// counts add up to Σ n × (cases with n indicators), and the per-case counts to the cases.
/// </summary>
internal static class IndicatorAudit
{
    public static int AssertProtected(CaseReport report, int k, string trial)
    {
        var cells = report.Indicators.Rows.Select(row => row.Cell).Concat(report.IndicatorsPerCase.Rows.Select(row => row.Cell)).ToList();
        var indicators = report.Indicators.Rows.Count;
        List<BoundsLp.Equality> equalities =
        [
            new([.. Enumerable.Range(0, report.IndicatorsPerCase.Rows.Count).Select(n => (indicators + n, 1))], report.CaseCount),
            new([.. Enumerable.Range(0, indicators).Select(i => (i, 1)), .. Enumerable.Range(0, report.IndicatorsPerCase.Rows.Count).Select(n => (indicators + n, -n))], 0),
        ];
        foreach (var equality in equalities)
        {
            Assert.Equal(equality.Constant, equality.Terms.Sum(term => term.Coefficient * cells[term.Cell].Count));
        }
        return CrossTableAudit.Audit(cells, equalities, report.CaseCount, k, trial);
    }
}
