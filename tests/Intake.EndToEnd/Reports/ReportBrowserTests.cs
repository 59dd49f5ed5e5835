using System.Drawing;
using Intake.EndToEnd.Browser;
using Intake.Review.Coding;
using Intake.Review.Reports;
using Xunit.Abstractions;

namespace Intake.EndToEnd.Reports;

/// <summary>
/// report.html as a reader opens it: from disk in Chromium (JavaScript off), on a laptop screen.
/// Its SVG charts are laid out with a real size, every published count has its bar, and the
/// full-page screenshot artifacts/screenshots/report.png is a picture, not a blank page.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ReportBrowserTests(SharedBrowser browsers, ITestOutputHelper output)
{
    private const int LaptopWidth = 1280;
    private const int LaptopHeight = 900;

    [Fact]
    public void The_report_renders_its_charts_and_is_captured()
    {
        var report = ReportBuilder.Build(SampleCases(), k: 5);
        using var temp = new TempDirectory("report-html") { LeaveIfBusy = true };
        var directory = Path.Combine(temp.Path, "report");
        ReportFiles.Write(report, directory);
        var browser = browsers.Fresh();
        browser.Driver.Manage().Window.Size = new Size(LaptopWidth, LaptopHeight);

        browser.GoTo(new Uri(Path.Combine(directory, ReportFiles.Html)));

        Assert.Equal("Forced-labour indicators: case report", browser.Heading);
        var charts = browser.FindAll("svg.chart");
        Assert.Equal(report.OneWayTables.Count, charts.Count);
        foreach (var (chart, table) in charts.Zip(report.OneWayTables))
        {
            Assert.True(chart.Displayed && chart.Size.Width > 200 && chart.Size.Height > 20, $"the chart of {table.Id} is {chart.Size}");
            var bars = chart.FindElements(OpenQA.Selenium.By.CssSelector("rect.bar"));
            Assert.Equal(table.Rows.Count(row => !row.Cell.Suppressed), bars.Count);
            Assert.All(bars.Where((_, i) => table.Rows.Where(row => !row.Cell.Suppressed).ElementAt(i).Cell.Count > 0),
                bar => Assert.True(bar.Size.Width > 0 && bar.Size.Height > 0, $"a bar of {table.Id} is {bar.Size}"));
        }
        Assert.NotEmpty(browser.FindAll("td.suppressed"));
        Assert.Contains("Disclosure control", browser.Find("section#disclosure-control h2").Text, StringComparison.Ordinal);

        var (viewportWidth, contentWidth, _) = browser.LayoutMetrics();
        Assert.True(contentWidth <= viewportWidth, $"the report is {contentWidth} px wide in a {viewportWidth} px window");
        var screenshots = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots")).FullName;
        var path = FullPageScreenshot.Save(browser, Path.Combine(screenshots, "report.png"));
        var image = PngImage.Read(path);
        output.WriteLine($"report.png: {image.Width}×{image.Height}, ink {image.InkFraction:P1}, {image.DistinctColours} colours");
        Assert.True(image.InkFraction > 0.01 && image.DistinctColours >= 16 && image.Height > LaptopHeight, $"{path} looks blank or cut short.");
    }

    /// <summary>Sixty fictional cases over four countries and three sectors, a few of them in small groups.</summary>
    private static List<CaseCoding> SampleCases()
    {
        string[] indicators =
        [
            "ilo.abuse_of_vulnerability", "ilo.deception", "ilo.restriction_of_movement", "ilo.isolation", "ilo.physical_sexual_violence",
            "ilo.intimidation_threats", "ilo.retention_of_documents", "ilo.withholding_of_wages", "ilo.debt_bondage", "ilo.abusive_conditions",
            "ilo.excessive_overtime",
        ];
        string[] countries = ["VE", "BO", "BR", "BS"];
        string[] sectors = ["health", "education", "construction"];
        var random = new Random(60);
        return [.. Enumerable.Range(0, 60).Select(i =>
        {
            var codes = indicators.Where((_, j) => random.Next(0, 11) < 11 - j).ToDictionary(id => id, _ => (string?)null);
            codes["palermo.act.recruitment"] = null;
            codes["palermo.means.deception"] = null;
            if (i % 4 != 0)
            {
                codes["palermo.purpose.forced_labour"] = null;
            }
            codes["attr.host_country"] = countries[i % 13 == 0 ? 3 : i % 3];
            codes["attr.sector"] = sectors[i % 7 == 0 ? 2 : i % 2];
            codes["attr.mission_years"] = $"{2013 + i % 6}-{2016 + i % 6}";
            codes["attr.pay_withheld_percent"] = (60 + random.Next(0, 38)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new CaseCoding(Guid.NewGuid(), new DateOnly(2024, 1, 1).AddDays(i), codes);
        })];
    }
}
