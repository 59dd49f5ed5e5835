using Intake.EndToEnd.Browser;

namespace Intake.EndToEnd;

/// <summary>
/// The browser tests stand for a source at Tor Browser's Safest level, where no script runs.
/// These prove that the browser they use really runs no script, and that the probe telling so
/// would notice if it did.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class JavaScriptOffTests(SharedBrowser browsers)
{
    [Fact]
    public void The_test_browser_runs_no_script_and_has_a_phone_sized_viewport()
    {
        var browser = browsers.Fresh();

        Assert.False(browser.ScriptsRunInPages(), "JavaScript ran although the profile disables it.");
        Assert.Equal(HeadlessChromium.PhoneWidth, browser.LayoutMetrics().ViewportWidth);
    }

    [Fact]
    public void The_probe_sees_script_running_when_javascript_is_allowed()
    {
        using var browser = HeadlessChromium.Start(javaScriptEnabled: true);

        Assert.True(browser.ScriptsRunInPages(), "The probe page did not notice script running: it could not notice it either when scripts are off.");
    }
}
