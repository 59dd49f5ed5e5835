using System.Globalization;

namespace Intake.Review.Reports;

/// <summary>One category and its count of cases.</summary>
public sealed record TableRow(string Key, string Label, CountCell Cell);

/// <summary>
/// Counts of cases by one category. <see cref="RowsPartitionCases"/>: every case falls in
/// exactly one row, so the rows add up to <see cref="CaseCount"/> (by country, by year); not
/// so for indicators, where a case counts in every row it shows. Percentages are of all cases.
/// </summary>
/// <param name="Id">The file name stem of its CSV, e.g. "ilo-indicators".</param>
public sealed record OneWayTable(string Id, string Title, string CategoryHeading, IReadOnlyList<TableRow> Rows, int CaseCount, bool RowsPartitionCases)
{
    public int SuppressedCells => Rows.Count(row => row.Cell.Suppressed);

    public TableRow Row(string key) => Rows.Single(row => row.Key == key);

    /// <summary>The percentage of all cases, one decimal, or null when the count is suppressed.</summary>
    public string? Percent(TableRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Cell.Published is { } count && CaseCount > 0
            ? (100.0 * count / CaseCount).ToString("0.0", CultureInfo.InvariantCulture)
            : null;
    }
}
