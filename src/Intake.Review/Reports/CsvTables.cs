using System.Globalization;
using System.Text;

namespace Intake.Review.Reports;

/// <summary>
/// One CSV file per table (RFC 4180, UTF-8, CRLF). A suppressed count is written empty with
/// <c>suppressed</c> = true in its row, and its percentage is empty too; the files never say
/// why a cell was suppressed (which would tell that it is small).
/// </summary>
internal static class CsvTables
{
    public const string SuppressedColumn = "suppressed";

    /// <summary>File name → contents.</summary>
    public static IEnumerable<(string Name, string Contents)> For(CaseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var table in report.OneWayTables)
        {
            yield return ($"{table.Id}.csv", OneWay(table));
        }
        yield return ($"{report.CountryBySector.Id}.csv", Cross(report.CountryBySector));
        yield return ("pay-withheld.csv", PayWithheld(report.PayWithheld));
    }

    private static string OneWay(OneWayTable table)
    {
        var csv = new StringBuilder();
        Line(csv, "key", "label", "count", "percent_of_cases", SuppressedColumn);
        foreach (var row in table.Rows)
        {
            Line(csv, row.Key, row.Label, Count(row.Cell), table.Percent(row) ?? string.Empty, Flag(row.Cell));
        }
        return csv.ToString();
    }

    private static string Cross(CrossTable table)
    {
        var csv = new StringBuilder();
        Line(csv, "country", "sector", "count", SuppressedColumn);
        for (var i = 0; i < table.RowTotals.Rows.Count; i++)
        {
            for (var j = 0; j < table.ColumnTotals.Rows.Count; j++)
            {
                Line(csv, table.RowTotals.Rows[i].Key, table.ColumnTotals.Rows[j].Key, Count(table.Cells[i][j]), Flag(table.Cells[i][j]));
            }
        }
        return csv.ToString();
    }

    private static string PayWithheld(PayWithheldSummary summary)
    {
        var csv = new StringBuilder();
        Line(csv, "statistic", "value", SuppressedColumn);
        Line(csv, "cases", Count(summary.Cases), Flag(summary.Cases));
        var statistics = summary.Statistics;
        var withheld = statistics is null ? "true" : "false";
        Line(csv, "min", statistics is null ? string.Empty : ReportBuilder.Number(statistics.Minimum), withheld);
        Line(csv, "q1_type7", statistics is null ? string.Empty : ReportBuilder.Number(statistics.LowerQuartile), withheld);
        Line(csv, "median", statistics is null ? string.Empty : ReportBuilder.Number(statistics.Median), withheld);
        Line(csv, "q3_type7", statistics is null ? string.Empty : ReportBuilder.Number(statistics.UpperQuartile), withheld);
        Line(csv, "max", statistics is null ? string.Empty : ReportBuilder.Number(statistics.Maximum), withheld);
        return csv.ToString();
    }

    private static string Count(CountCell cell) => cell.Published?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Flag(CountCell cell) => cell.Suppressed ? "true" : "false";

    private static void Line(StringBuilder csv, params string[] fields)
    {
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");
    }

    private static string Field(string value)
    {
        // A spreadsheet runs a cell starting with = + - @ as a formula: a coded value could start so.
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
