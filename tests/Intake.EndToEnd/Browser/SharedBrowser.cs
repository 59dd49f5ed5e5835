namespace Intake.EndToEnd.Browser;

/// <summary>
/// One JavaScript-off Chromium for all browser tests: starting Chromium costs four to five
/// seconds on two cores. Each test takes it through <see cref="Fresh"/>, which forgets the
/// previous test's cookies (every test's server is on 127.0.0.1, and cookies ignore the port)
/// and checks again that scripts do not run. If Chromium is missing, every test that asks for
/// it fails with the apt-get line.
/// </summary>
public sealed class SharedBrowser : IDisposable
{
    private readonly Lazy<HeadlessChromium> _browser = new(() => HeadlessChromium.Start());

    public HeadlessChromium Fresh()
    {
        var browser = _browser.Value;
        browser.DevTools("Network.clearBrowserCookies", []);
        browser.ForgetResponses();
        browser.Driver.Manage().Window.Size = new System.Drawing.Size(HeadlessChromium.PhoneWidth, HeadlessChromium.PhoneHeight);
        Assert.False(browser.ScriptsRunInPages(), "JavaScript ran although the profile disables it.");
        return browser;
    }

    public void Dispose()
    {
        if (_browser.IsValueCreated)
        {
            _browser.Value.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<SharedBrowser>
{
    public const string Name = "browser";
}
