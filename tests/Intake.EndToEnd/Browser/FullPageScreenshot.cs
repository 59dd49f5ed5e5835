using System.Globalization;

namespace Intake.EndToEnd.Browser;

/// <summary>
/// A screenshot of the whole page, not only the first screen. With JavaScript off the page
/// cannot be asked its height, so DevTools is: Page.getLayoutMetrics gives the document's size
/// and Page.captureScreenshot renders all of it (captureBeyondViewport) at the phone's width.
/// </summary>
public static class FullPageScreenshot
{
    public static string Save(HeadlessChromium browser, string path)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var (viewportWidth, _, contentHeight) = browser.LayoutMetrics();
        var clip = new Dictionary<string, object?>
        {
            ["x"] = 0,
            ["y"] = 0,
            ["width"] = viewportWidth,
            ["height"] = Math.Ceiling(contentHeight),
            ["scale"] = 1,
        };
        var result = browser.DevTools("Page.captureScreenshot", new Dictionary<string, object?>
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = clip,
        });
        File.WriteAllBytes(path, Convert.FromBase64String(Convert.ToString(result["data"], CultureInfo.InvariantCulture)!));
        return path;
    }
}
