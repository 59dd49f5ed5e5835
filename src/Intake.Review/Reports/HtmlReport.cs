using System.Globalization;
using System.Text;
using Intake.Review.Ui.Pages;

namespace Intake.Review.Reports;

/// <summary>
/// report.html: one self-contained page (inline CSS, inline SVG charts; no script, no image, no
/// link to anything), with a Content-Security-Policy that would block any external load anyway.
/// Every coded value is HTML-encoded.
/// </summary>
internal static class HtmlReport
{
    public static string Render(CaseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Forced-labour indicators: case report</title><style>").Append(ReportStyles.Css).Append("</style></head><body>\n")
            .Append("<h1>Forced-labour indicators: case report</h1>\n");
        Paragraphs(html, "scope", ReportNotes.Scope(report));
        foreach (var table in report.OneWayTables)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section id=\"{table.Id}\"><h2>{UiHtml.Encode(table.Title)}</h2>\n");
            html.Append(SvgBarChart.Render(table)).Append('\n');
            OneWay(html, table);
            html.Append("</section>\n");
        }
        Cross(html, report.CountryBySector);
        PayWithheld(html, report.PayWithheld);
        html.Append("<section id=\"disclosure-control\"><h2>Disclosure control</h2>");
        Paragraphs(html, "notes", ReportNotes.DisclosureControl(report));
        return html.Append("</section>\n</body></html>\n").ToString();
    }

    private static void OneWay(StringBuilder html, OneWayTable table)
    {
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">{UiHtml.Encode(table.CategoryHeading)}</th><th scope=\"col\" class=\"number\">Cases</th><th scope=\"col\" class=\"number\">% of cases</th></tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{UiHtml.Encode(row.Label)}</th>{Count(row.Cell)}<td class=\"number\">{table.Percent(row) ?? ReportNotes.SuppressedMark}</td></tr>");
        }
        html.Append(CultureInfo.InvariantCulture, $"</tbody><tfoot><tr><th scope=\"row\">All cases</th><td class=\"number\">{table.CaseCount}</td><td></td></tr></tfoot></table></div>\n");
    }

    private static void Cross(StringBuilder html, CrossTable table)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"{table.Id}\"><h2>{UiHtml.Encode(table.Title)}</h2><div class=\"table-scroll\"><table><thead><tr><th scope=\"col\">Country \\ sector</th>");
        foreach (var sector in table.ColumnTotals.Rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" class=\"number\">{UiHtml.Encode(sector.Label)}</th>");
        }
        html.Append("<th scope=\"col\" class=\"number\">Total</th></tr></thead><tbody>");
        for (var i = 0; i < table.RowTotals.Rows.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{UiHtml.Encode(table.RowTotals.Rows[i].Label)}</th>");
            foreach (var cell in table.Cells[i])
            {
                html.Append(Count(cell));
            }
            html.Append(Count(table.RowTotals.Rows[i].Cell)).Append("</tr>");
        }
        html.Append("</tbody><tfoot><tr><th scope=\"row\">Total</th>");
        foreach (var sector in table.ColumnTotals.Rows)
        {
            html.Append(Count(sector.Cell));
        }
        html.Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{table.RowTotals.CaseCount}</td></tr></tfoot></table></div></section>\n");
    }

    private static void PayWithheld(StringBuilder html, PayWithheldSummary summary)
    {
        html.Append("<section id=\"pay-withheld\"><h2>Share of pay withheld (%)</h2><div class=\"table-scroll\"><table><tbody>");
        html.Append("<tr><th scope=\"row\">Cases giving a share</th>").Append(Count(summary.Cases)).Append("</tr>");
        foreach (var (name, value) in PayWithheldRows.Of(summary))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{name}</th><td class=\"number{(value is null ? " suppressed" : string.Empty)}\">{value ?? ReportNotes.SuppressedMark}</td></tr>");
        }
        html.Append("</tbody></table></div></section>\n");
    }

    private static string Count(CountCell cell) => cell.Published is { } count
        ? string.Create(CultureInfo.InvariantCulture, $"<td class=\"number\">{count}</td>")
        : $"<td class=\"number suppressed\"><abbr title=\"suppressed (disclosure control)\">{ReportNotes.SuppressedMark}</abbr></td>";

    private static void Paragraphs(StringBuilder html, string cssClass, IEnumerable<string> paragraphs)
    {
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"{cssClass}\">");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(UiHtml.Encode(paragraph)).Append("</p>");
        }
        html.Append("</div>\n");
    }
}
