using System.Globalization;
using Intake.Review.Coding;

namespace Intake.Review.Reports;

/// <summary>
/// Builds the published tables from the adjudicated cases, applying disclosure control with
/// threshold k (k = 1 disables it). Tables that share totals are protected together: the
/// indicator counts and the number of indicators per case (their sums are equal), and the
/// countries, the sectors and the country × sector table (its margins).
/// </summary>
public static class ReportBuilder
{
    public const int DefaultK = 5;

    /// <exception cref="ReviewException">No case, or fewer cases than k: every table would disclose.</exception>
    public static CaseReport Build(IReadOnlyList<CaseCoding> cases, int k, int excludedCases = 0)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (cases.Count == 0)
        {
            throw new ReviewException("There are no adjudicated cases to report on: code testimonies (and adjudicate disagreements) first.");
        }
        if (cases.Count < k)
        {
            throw new ReviewException($"Only {cases.Count} case(s) to report on, fewer than the disclosure threshold k = {k}: every count would identify someone. Report when there are at least {k} cases.");
        }
        var facts = cases.Select(CaseFacts.From).ToList();
        var (indicators, perCase) = IndicatorTables.Build(facts, k);
        var (countries, sectors, cross) = PlaceTables.Build(facts, k);
        return new CaseReport(
            facts.Count, k, excludedCases, indicators, perCase, Palermo(facts, k), countries, sectors, cross, Years(facts, k), PayWithheld(facts, k));
    }

    private static OneWayTable Palermo(List<CaseFacts> facts, int k)
    {
        var rows = ReportCodes.PalermoElements
            .Select((element, index) => (Key: element.Prefix.TrimEnd('.'), element.Label, Count: facts.Count(fact => fact.PalermoElements[index])))
            .Append((Key: "palermo.definition", Label: "All three: meets the Palermo definition", Count: facts.Count(fact => fact.MeetsPalermoDefinition)))
            .ToList();
        // Not a partition and no total of these rows is published: each cell stands alone.
        var problem = new SuppressionProblem();
        var cells = rows.Select(row => problem.AddCell(row.Count, facts.Count)).ToList();
        var status = ComplementarySuppression.Apply(problem, k);
        return new OneWayTable("palermo", "Cases with the Palermo Protocol's elements", "Element",
            rows.Select((row, i) => new TableRow(row.Key, row.Label, new CountCell(row.Count, status[cells[i]]))).ToList(), facts.Count, RowsPartitionCases: false);
    }

    private static OneWayTable Years(List<CaseFacts> facts, int k)
    {
        var counts = facts.GroupBy(fact => fact.StartYear)
            .OrderBy(group => group.Key == ReportCodes.Unknown).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.Key, Count: group.Count())).ToList();
        return Partition("years", "Cases by the year the mission started", "Year", counts, facts.Count, k);
    }

    /// <summary>A one-way table whose rows add up to the number of cases.</summary>
    internal static OneWayTable Partition(string id, string title, string heading, IReadOnlyList<(string Key, int Count)> counts, int caseCount, int k)
    {
        var problem = new SuppressionProblem();
        var cells = counts.Select(row => problem.AddCell(row.Count, caseCount)).ToList();
        problem.AddEquality(cells.Select(cell => (cell, 1)));
        var status = ComplementarySuppression.Apply(problem, k);
        return new OneWayTable(id, title, heading,
            counts.Select((row, i) => new TableRow(row.Key, row.Key, new CountCell(row.Count, status[cells[i]]))).ToList(), caseCount, RowsPartitionCases: true);
    }

    private static PayWithheldSummary PayWithheld(List<CaseFacts> facts, int k)
    {
        var values = facts.Select(fact => fact.PayWithheldPercent).OfType<double>().Order().ToList();
        var problem = new SuppressionProblem();
        var cell = problem.AddCell(values.Count, facts.Count);
        var cases = new CountCell(values.Count, ComplementarySuppression.Apply(problem, k)[cell]);
        var statistics = values.Count >= k && values.Count > 0
            ? new PayWithheldStatistics(values[0], Quartiles.Type7(values, 0.25), Quartiles.Type7(values, 0.5), Quartiles.Type7(values, 0.75), values[^1])
            : null;
        return new PayWithheldSummary(cases, statistics);
    }

    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
