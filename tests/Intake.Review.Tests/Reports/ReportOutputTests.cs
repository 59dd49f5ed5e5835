using System.Text.RegularExpressions;
using Intake.Review.Reports;

namespace Intake.Review.Tests.Reports;

/// <summary>report.html, report.md and the CSV files: self-contained, suppression marked, written privately and all at once.</summary>
public sealed partial class ReportOutputTests
{
    private static readonly CaseReport Report = ReportBuilder.Build(
        [
            .. Cases.Grid([[9, 2, 0], [6, 7, 1], [0, 5, 8]]),
            Cases.Of("<script>alert(1)</script>", "=cmd|' /C calc'!A0", "2019-2021", "60", "ilo.deception"),
        ],
        k: 5);

    [Fact]
    public void The_html_loads_nothing_runs_nothing_and_has_a_bar_per_published_count()
    {
        var html = HtmlReport.Render(Report);

        Assert.DoesNotMatch(UrlPattern(), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;SCRIPT&gt;", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Disclosure control</h2>", html, StringComparison.Ordinal);
        var charts = ChartPattern().Matches(html);
        Assert.Equal(Report.OneWayTables.Count, charts.Count);
        foreach (var (chart, table) in charts.Zip(Report.OneWayTables))
        {
            Assert.Equal(table.Rows.Count(row => !row.Cell.Suppressed), BarPattern().Count(chart.Value));
            Assert.Equal(table.SuppressedCells, Regex.Count(chart.Value, "× suppressed"));
        }
        Assert.True(Report.SuppressedCells > 0);
    }

    [Fact]
    public void Csv_files_leave_suppressed_counts_empty_and_flag_them()
    {
        var files = ReportFiles.Render(Report).ToDictionary(file => file.Name, file => file.Contents);

        Assert.Equal(
            ["countries.csv", "country-by-sector.csv", "ilo-indicators.csv", "indicators-per-case.csv", "palermo.csv", "pay-withheld.csv", "report.html", "report.md", "sectors.csv", "years.csv"],
            files.Keys.Order(StringComparer.Ordinal));
        var countries = files["countries.csv"].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("key,label,count,percent_of_cases,suppressed", countries[0]);
        foreach (var (line, row) in countries.Skip(1).Zip(Report.Countries.Rows))
        {
            var fields = line.Split(',');
            Assert.Equal(row.Cell.Suppressed ? string.Empty : row.Cell.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), fields[2]);
            Assert.Equal(row.Cell.Suppressed ? "true" : "false", fields[^1]);
        }
        Assert.Contains("'=cmd", files["sectors.csv"], StringComparison.Ordinal);
        Assert.Contains("cases,,true", files["pay-withheld.csv"], StringComparison.Ordinal);
        Assert.Contains("## Disclosure control", files["report.md"], StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", files["report.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_directory_is_private_and_a_non_empty_one_is_refused()
    {
        using var temp = new TempDirectory("report");
        var directory = temp.File("out");
        ReportFiles.Write(Report, directory);

        Assert.Equal(10, Directory.GetFiles(directory).Length);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(temp.Path), path => Path.GetFileName(path).StartsWith('.'));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
            foreach (var file in Directory.GetFiles(directory))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }
        var before = File.ReadAllText(Path.Combine(directory, ReportFiles.Html));
        var error = Assert.Throws<ReviewException>(() => ReportFiles.Write(Report, directory));
        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(directory, ReportFiles.Html)));

        var empty = temp.CreateSubdirectory("empty");
        ReportFiles.Write(Report, empty);
        Assert.True(File.Exists(Path.Combine(empty, ReportFiles.Markdown)));
    }

    [Fact]
    public void With_k_1_the_report_says_disclosure_control_is_off()
    {
        var html = HtmlReport.Render(ReportBuilder.Build(Cases.Grid([[1, 2], [3, 0]]), k: 1));

        Assert.Contains("Disclosure control is disabled (k = 1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("× suppressed", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("https?:", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex("<svg class=\"chart\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex ChartPattern();

    [GeneratedRegex("<rect class=\"bar\"")]
    private static partial Regex BarPattern();
}
