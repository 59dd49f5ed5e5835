using System.Globalization;
using System.Text;
using Intake.Review.Ui.Pages;

namespace Intake.Review.Reports;

/// <summary>
/// A horizontal bar chart of a one-way table as inline SVG: one <c>rect.bar</c> per published
/// count, scaled to the largest; a suppressed count gets no bar, only the suppression mark.
/// The viewBox lets it shrink to a phone's width and print at any size.
/// </summary>
internal static class SvgBarChart
{
    private const int Width = 640;
    private const int LabelWidth = 230;
    private const int BarArea = 340;
    private const int RowHeight = 24;
    private const int BarHeight = 16;
    private const int MaxLabel = 32;

    public static string Render(OneWayTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var height = table.Rows.Count * RowHeight + 8;
        var largest = Math.Max(1, table.Rows.Max(row => row.Cell.Published ?? 0));
        var svg = new StringBuilder();
        var titleId = $"chart-{table.Id}-title";
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{titleId}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{UiHtml.Encode(table.Title)}</title>");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var y = 4 + i * RowHeight;
            var textY = y + BarHeight - 3;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{textY}\" text-anchor=\"end\">{UiHtml.Encode(Shorten(row.Label))}</text>");
            if (row.Cell.Published is { } count)
            {
                var barWidth = Math.Round((double)BarArea * count / largest, 1);
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{barWidth}\" height=\"{BarHeight}\"><title>{UiHtml.Encode(row.Label)}: {count}</title></rect>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{LabelWidth + barWidth + 6}\" y=\"{textY}\">{count}</text>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value suppressed\" x=\"{LabelWidth + 6}\" y=\"{textY}\">{ReportNotes.SuppressedMark} suppressed</text>");
            }
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Shorten(string label) => label.Length <= MaxLabel ? label : string.Concat(label.AsSpan(0, MaxLabel - 1), "…");
}
