using Intake.EndToEnd.Browser;
using Intake.EndToEnd.Support;
using Intake.Server.Localization;
using Xunit.Abstractions;

namespace Intake.EndToEnd;

/// <summary>
/// Full-page screenshots of every page a source sees, in Spanish and English, on a phone-sized
/// screen with JavaScript off: artifacts/screenshots/{es,en}-{1-landing,2-form,3-validation-error,4-confirmation}.png.
/// Each must be a sound PNG that shows a page, and no page may be wider than the phone.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ScreenshotTests(SharedBrowser browsers, ITestOutputHelper output)
{
    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task Every_page_is_captured_whole_at_phone_width(string language)
    {
        var text = SiteLanguages.For(language);
        Assert.Equal(language, text.Code);
        var browser = browsers.Fresh();
        await using var site = await IntakeSite.StartAsync(output);
        var shots = new List<string>();

        browser.GoTo(site.Server.Url($"/?lang={language}"));
        browser.AssertOnPage("/", text.LandingHeading);
        shots.Add(Capture(browser, language, "1-landing"));

        browser.ClickAndWaitForNavigation(browser.Find("main a.button"));
        browser.AssertOnPage("/form", text.FormHeading);
        shots.Add(Capture(browser, language, "2-form"));

        var form = new TestimonyForm(browser);
        form.Send();
        browser.AssertOnPage("/submit", text.FormHeading);
        Assert.Equal(400, browser.LastDocumentStatus("/submit"));
        Assert.Equal(text.ErrorSummaryHeading, browser.Find(".error-summary h2").Text);
        shots.Add(Capture(browser, language, "3-validation-error"));

        foreach (var consent in TestimonyForm.ConsentQuestions)
        {
            form.Tick(consent, "yes");
        }
        form.Send();
        browser.AssertOnPage("/thanks", text.ConfirmationHeading);
        shots.Add(Capture(browser, language, "4-confirmation"));

        foreach (var shot in shots)
        {
            var image = PngImage.Read(shot);
            output.WriteLine($"{Path.GetFileName(shot)}: {image.Width}×{image.Height}, {new FileInfo(shot).Length} bytes, ink {image.InkFraction:P1}, {image.DistinctColours} colours");
            Assert.Equal(HeadlessChromium.PhoneWidth, image.Width);
            Assert.True(image.Height >= HeadlessChromium.PhoneHeight / 2, $"{shot} is only {image.Height} px tall.");
            Assert.True(image.InkFraction > 0.01, $"{shot} is nearly blank ({image.InkFraction:P2} of its pixels are not background).");
            Assert.True(image.DistinctColours >= 16, $"{shot} has only {image.DistinctColours} colours: no rendered text.");
        }
        Assert.Single(site.Database.CompleteSubmissions());
    }

    /// <summary>artifacts/screenshots/ at the repository root (gitignored), created if missing.</summary>
    private static string ScreenshotDirectory => Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots")).FullName;

    // Before capturing: the page must fit the phone's width (no sideways scrolling), and the
    // form must be captured whole, so it is much taller than one screen.
    private static string Capture(HeadlessChromium browser, string language, string page)
    {
        var (viewportWidth, contentWidth, contentHeight) = browser.LayoutMetrics();
        Assert.True(contentWidth <= viewportWidth, $"The {page} page ({language}) is {contentWidth} px wide on a {viewportWidth} px screen: it scrolls sideways.");
        var path = FullPageScreenshot.Save(browser, Path.Combine(ScreenshotDirectory, $"{language}-{page}.png"));
        var image = PngImage.Read(path);
        Assert.Equal((int)Math.Ceiling(contentHeight), image.Height);
        return path;
    }
}
