using System.Drawing;
using System.Text.Json;
using Intake.EndToEnd.Browser;
using Intake.Review.Ui.Text;
using Xunit.Abstractions;

namespace Intake.EndToEnd.Review;

/// <summary>
/// A reviewer at a laptop reads real imported testimonies in `review ui` with Chromium,
/// JavaScript off: the printed link opens the list and leaves no token in the address bar;
/// the country filter, a testimony, a note and a status change work with plain forms; another
/// browser is refused, even with the spent link; Ctrl+C stops the UI and the note is in the
/// workspace. Full-page screenshots go to artifacts/screenshots/review-*.png.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ReviewUiBrowserTests(SharedBrowser browsers, ITestOutputHelper output)
{
    private const int LaptopWidth = 1280;
    private const int LaptopHeight = 900;
    private const string Note = "Coincide con otros casos de Brasil. <b>revisar</b> el adjunto.";

    [Fact]
    public async Task A_reviewer_reads_filters_annotates_and_another_browser_is_refused()
    {
        var text = UiLanguages.For("es");
        using var temp = new TempDirectory("review-ui") { LeaveIfBusy = true };
        var review = await ImportedWorkspace.CreateAsync(temp, output);
        using var ui = await ReviewUiProcess.StartAsync(review);
        var browser = browsers.Fresh();
        browser.Driver.Manage().Window.Size = new Size(LaptopWidth, LaptopHeight);

        browser.GoTo(ui.Link);
        browser.AssertOnPage("/", text.ListHeading);
        Assert.Equal(string.Empty, browser.CurrentUrl.Query);
        Assert.Equal(ImportedWorkspace.Sources.Count, Rows(browser).Count);
        Capture(browser, "review-1-list");

        browser.Find("select#f-country option[value='BR']").Click();
        browser.ClickAndWaitForNavigation(browser.Find("form.filters button[type=submit]"));
        browser.AssertOnPage("/", text.ListHeading);
        Assert.Contains("country=BR", browser.CurrentUrl.Query, StringComparison.Ordinal);
        var row = Assert.Single(Rows(browser));
        Assert.Contains("BR", row, StringComparison.Ordinal);
        Capture(browser, "review-2-filtered");

        browser.ClickAndWaitForNavigation(browser.Find("table.testimonies a"));
        var testimonyPath = browser.CurrentUrl.AbsolutePath;
        Assert.StartsWith("/t/", testimonyPath, StringComparison.Ordinal);
        var id = Guid.Parse(testimonyPath["/t/".Length..]);
        browser.AssertOnPage(testimonyPath, text.TestimonyHeading(id.ToString("N")[..8]));
        var narrative = browser.Find(".free-text[lang='pt']");
        Assert.Equal(ImportedWorkspace.Sources[1].Narrative, narrative.Text);
        Assert.Equal(text.WrittenBySource(text.NameOfLanguage("pt")), browser.Find(".original-marker").Text);
        Assert.Empty(browser.FindAll("script"));

        browser.Find("textarea#note").SendKeys(Note);
        browser.ClickAndWaitForNavigation(browser.Find("section#notes button[type=submit]"));
        browser.AssertOnPage(testimonyPath, text.TestimonyHeading(id.ToString("N")[..8]));
        Assert.Equal(Note, browser.Find(".note-text").Text);
        Assert.Empty(browser.FindAll("b"));

        browser.Find("select#new-status option[value='in_review']").Click();
        browser.ClickAndWaitForNavigation(browser.Find("form.status-form button[type=submit]"));
        Assert.Equal(text.InReviewStatusName, browser.Find("dd#status").Text);
        Capture(browser, "review-3-testimony");

        browser.ClickAndWaitForNavigation(browser.Find("header a[hreflang='en']"));
        Assert.Equal(UiLanguages.For("en").TestimonyHeading(id.ToString("N")[..8]), browser.Heading);

        browser.GoTo(new Uri(ui.BaseAddress, "/?country=VE"));
        browser.ClickAndWaitForNavigation(browser.Find("table.testimonies a"));
        Assert.Contains(ImportedWorkspace.AttachmentName, browser.Find("section#attachments").Text, StringComparison.Ordinal);
        Assert.Contains("review attachment", browser.Find("section#attachments code").Text, StringComparison.Ordinal);
        Assert.Empty(browser.FindAll("section#attachments a"));
        Capture(browser, "review-4-attachment");

        using (var stranger = HeadlessChromium.Start())
        {
            stranger.GoTo(ui.BaseAddress);
            Assert.Equal(403, stranger.LastDocumentStatus("/"));
            Assert.Contains("review ui", stranger.Find("body").Text, StringComparison.Ordinal);
            stranger.ForgetResponses();
            stranger.GoTo(ui.Link);
            Assert.Equal(403, stranger.LastDocumentStatus("/"));
            Assert.DoesNotContain("BR", stranger.Find("body").Text, StringComparison.Ordinal);
            Capture(stranger, "review-5-refused");
        }

        Assert.Equal(0, await ui.StopWithCtrlC());
        output.WriteLine(ui.Output);
        using var shown = JsonDocument.Parse(review.Run("show", id.ToString("D"), "--json").StdoutText);
        Assert.Equal(Note, Assert.Single(shown.RootElement.GetProperty("notes").EnumerateArray()).GetProperty("text").GetString());
        Assert.Equal("in_review", shown.RootElement.GetProperty("status").GetString());
    }

    private static List<string> Rows(HeadlessChromium browser) =>
        browser.FindAll("table.testimonies tbody tr").Select(row => row.Text).ToList();

    /// <summary>artifacts/screenshots/NAME.png, the whole page, which must not be wider than the window.</summary>
    private void Capture(HeadlessChromium browser, string name)
    {
        var (viewportWidth, contentWidth, _) = browser.LayoutMetrics();
        Assert.True(contentWidth <= viewportWidth, $"{name} is {contentWidth} px wide in a {viewportWidth} px window.");
        var directory = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots")).FullName;
        var path = FullPageScreenshot.Save(browser, Path.Combine(directory, name + ".png"));
        var image = PngImage.Read(path);
        output.WriteLine($"{name}.png: {image.Width}×{image.Height}, ink {image.InkFraction:P1}, {image.DistinctColours} colours");
        Assert.True(image.InkFraction > 0.005 && image.DistinctColours >= 16, $"{path} looks blank.");
    }
}
