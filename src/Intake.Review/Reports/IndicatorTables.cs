namespace Intake.Review.Reports;

/// <summary>
/// Cases per ILO indicator and the number of indicators per case (0–11), protected together:
/// the indicator counts add up to Σ j × (cases with j indicators), so publishing both tables
/// in full would give away a single suppressed cell in either.
/// </summary>
internal static class IndicatorTables
{
    public static (OneWayTable Indicators, OneWayTable PerCase) Build(IReadOnlyList<CaseFacts> facts, int k)
    {
        var problem = new SuppressionProblem();
        var indicatorCounts = ReportCodes.IloIndicators.Select(indicator => facts.Count(fact => fact.Indicators.Contains(indicator.Id))).ToList();
        var indicatorCells = indicatorCounts.Select(count => problem.AddCell(count, facts.Count)).ToList();
        var perCaseCounts = Enumerable.Range(0, ReportCodes.IloIndicators.Count + 1).Select(n => facts.Count(fact => fact.Indicators.Count == n)).ToList();
        var perCaseCells = perCaseCounts.Select(count => problem.AddCell(count, facts.Count)).ToList();
        problem.AddEquality(perCaseCells.Select(cell => (cell, 1)));
        problem.AddEquality(indicatorCells.Select(cell => (cell, 1)).Concat(perCaseCells.Select((cell, n) => (cell, -n))));
        var status = ComplementarySuppression.Apply(problem, k);

        var indicators = new OneWayTable("ilo-indicators", "Cases per ILO forced-labour indicator", "Indicator",
            ReportCodes.IloIndicators.Select((indicator, i) => new TableRow(indicator.Id, indicator.Label, new CountCell(indicatorCounts[i], status[indicatorCells[i]]))).ToList(),
            facts.Count, RowsPartitionCases: false);
        var perCase = new OneWayTable("indicators-per-case", "Number of ILO indicators per case (of 11)", "Indicators",
            perCaseCounts.Select((count, n) => new TableRow(n.ToString(System.Globalization.CultureInfo.InvariantCulture), n.ToString(System.Globalization.CultureInfo.InvariantCulture), new CountCell(count, status[perCaseCells[n]]))).ToList(),
            facts.Count, RowsPartitionCases: true);
        return (indicators, perCase);
    }
}
