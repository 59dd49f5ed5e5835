namespace Intake.Review.Reports;

/// <summary>
/// Cases by host country, by sector, and country × sector, protected as one table with its
/// margins: each row of the cross table adds up to its country's count, each column to its
/// sector's, and both margins to the number of cases.
/// </summary>
internal static class PlaceTables
{
    public static (OneWayTable Countries, OneWayTable Sectors, CrossTable CountryBySector) Build(IReadOnlyList<CaseFacts> facts, int k)
    {
        var countries = Categories(facts.Select(fact => fact.Country));
        var sectors = Categories(facts.Select(fact => fact.Sector));
        var counts = countries.Select(country => sectors.Select(sector => facts.Count(f => f.Country == country && f.Sector == sector)).ToList()).ToList();

        var problem = new SuppressionProblem();
        var inner = counts.Select(row => row.Select(count => problem.AddCell(count, facts.Count)).ToList()).ToList();
        var rowTotals = counts.Select(row => problem.AddCell(row.Sum(), facts.Count)).ToList();
        var columnTotals = sectors.Select((_, j) => problem.AddCell(counts.Sum(row => row[j]), facts.Count)).ToList();
        for (var i = 0; i < countries.Count; i++)
        {
            problem.AddEquality(inner[i].Select(cell => (cell, 1)).Append((rowTotals[i], -1)));
        }
        for (var j = 0; j < sectors.Count; j++)
        {
            problem.AddEquality(inner.Select(row => (row[j], 1)).Append((columnTotals[j], -1)));
        }
        problem.AddEquality(rowTotals.Select(cell => (cell, 1)));
        problem.AddEquality(columnTotals.Select(cell => (cell, 1)));
        var status = ComplementarySuppression.Apply(problem, k);

        var countryTable = Margin("countries", "Cases by host country", "Country (ISO 3166)", countries, rowTotals, problem, status, facts.Count);
        var sectorTable = Margin("sectors", "Cases by sector", "Sector", sectors, columnTotals, problem, status, facts.Count);
        var cells = inner.Select(row => (IReadOnlyList<CountCell>)row.Select(cell => new CountCell(problem.Value(cell), status[cell])).ToList()).ToList();
        return (countryTable, sectorTable, new CrossTable("country-by-sector", "Cases by host country and sector", countryTable, sectorTable, cells));
    }

    // Most frequent first, "unknown" last: the order of the tables and of the charts' bars.
    private static List<string> Categories(IEnumerable<string> values) =>
        values.GroupBy(value => value)
            .OrderBy(group => group.Key == ReportCodes.Unknown).ThenByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key).ToList();

    private static OneWayTable Margin(string id, string title, string heading, List<string> keys, List<int> cells, SuppressionProblem problem, CellStatus[] status, int caseCount) =>
        new(id, title, heading, keys.Select((key, i) => new TableRow(key, key, new CountCell(problem.Value(cells[i]), status[cells[i]]))).ToList(), caseCount, RowsPartitionCases: true);
}
