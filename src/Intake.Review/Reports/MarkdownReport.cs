using System.Globalization;
using System.Text;

namespace Intake.Review.Reports;

/// <summary>report.md: the same tables and notes as the HTML, as GitHub-flavoured Markdown tables.</summary>
internal static class MarkdownReport
{
    public static string Render(CaseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# Forced-labour indicators: case report\n\n");
        foreach (var paragraph in ReportNotes.Scope(report))
        {
            md.Append(paragraph).Append("\n\n");
        }
        foreach (var table in report.OneWayTables)
        {
            md.Append("## ").Append(table.Title).Append("\n\n");
            md.Append("| ").Append(Escape(table.CategoryHeading)).Append(" | Cases | % of cases |\n|---|---:|---:|\n");
            foreach (var row in table.Rows)
            {
                md.Append("| ").Append(Escape(row.Label)).Append(" | ").Append(Count(row.Cell)).Append(" | ")
                    .Append(table.Percent(row) ?? ReportNotes.SuppressedMark).Append(" |\n");
            }
            md.Append(CultureInfo.InvariantCulture, $"| Total cases | {table.CaseCount} | |\n\n");
        }
        Cross(md, report.CountryBySector);
        PayWithheld(md, report);
        md.Append("## Disclosure control\n\n");
        foreach (var paragraph in ReportNotes.DisclosureControl(report))
        {
            md.Append(paragraph).Append("\n\n");
        }
        return md.ToString();
    }

    private static void Cross(StringBuilder md, CrossTable table)
    {
        md.Append("## ").Append(table.Title).Append("\n\n| Country \\ sector |");
        foreach (var sector in table.ColumnTotals.Rows)
        {
            md.Append(' ').Append(Escape(sector.Label)).Append(" |");
        }
        md.Append(" Total |\n|---|").Append(string.Concat(Enumerable.Repeat("---:|", table.ColumnTotals.Rows.Count + 1))).Append('\n');
        for (var i = 0; i < table.RowTotals.Rows.Count; i++)
        {
            md.Append("| ").Append(Escape(table.RowTotals.Rows[i].Label)).Append(" |");
            foreach (var cell in table.Cells[i])
            {
                md.Append(' ').Append(Count(cell)).Append(" |");
            }
            md.Append(' ').Append(Count(table.RowTotals.Rows[i].Cell)).Append(" |\n");
        }
        md.Append("| Total |");
        foreach (var sector in table.ColumnTotals.Rows)
        {
            md.Append(' ').Append(Count(sector.Cell)).Append(" |");
        }
        md.Append(CultureInfo.InvariantCulture, $" {table.RowTotals.CaseCount} |\n\n");
    }

    private static void PayWithheld(StringBuilder md, CaseReport report)
    {
        md.Append("## Share of pay withheld (%)\n\n| Statistic | Value |\n|---|---:|\n");
        md.Append("| Cases giving a share | ").Append(Count(report.PayWithheld.Cases)).Append(" |\n");
        foreach (var (name, value) in PayWithheldRows.Of(report.PayWithheld))
        {
            md.Append("| ").Append(name).Append(" | ").Append(value ?? ReportNotes.SuppressedMark).Append(" |\n");
        }
        md.Append('\n');
    }

    private static string Count(CountCell cell) => cell.Published?.ToString(CultureInfo.InvariantCulture) ?? ReportNotes.SuppressedMark;

    // Coded values are text from the team: nothing in them may become Markdown or HTML.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("\\`*_{}[]<>()#+-.!|&".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }
            escaped.Append(char.IsControl(c) ? ' ' : c);
        }
        return escaped.ToString();
    }
}
