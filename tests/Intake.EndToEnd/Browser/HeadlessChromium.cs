using System.Drawing;
using System.Globalization;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Intake.EndToEnd.Browser;

/// <summary>
/// Debian's Chromium driven headless by Debian's chromedriver, sized like a phone (390×844 CSS
/// pixels) and, unless asked otherwise, with JavaScript disabled, as Tor Browser's Safest level
/// has it. Both paths are explicit so Selenium Manager never runs or downloads anything; a
/// missing browser fails the test with the apt-get line that installs it.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ChromedriverPath = "/usr/bin/chromedriver";
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;
    public const string InstallCommand = "sudo apt-get update && sudo apt-get install -y chromium chromium-driver";

    private readonly List<(string Path, int Status)> _documentResponses = [];
    private readonly TempDirectory _profile;
    private readonly ChromeDriverService _service;

    static HeadlessChromium()
    {
        // Belt and braces: if Selenium ever fell back to Selenium Manager it would fail on this
        // path instead of downloading a browser or a driver.
        Environment.SetEnvironmentVariable("SE_MANAGER_PATH", "/nonexistent/selenium-manager-must-not-run");
    }

    private HeadlessChromium(TempDirectory profile, ChromeDriverService service, ChromeDriver driver, bool javaScriptEnabled)
    {
        _profile = profile;
        _service = service;
        Driver = driver;
        JavaScriptEnabled = javaScriptEnabled;
    }

    public ChromeDriver Driver { get; }

    public bool JavaScriptEnabled { get; }

    public Uri CurrentUrl => new(Driver.Url);

    /// <summary>Fails the test (never skips it) when Chromium or chromedriver is not installed.</summary>
    public static void RequireInstalled()
    {
        var missing = new[] { ChromiumPath, ChromedriverPath }.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            Assert.Fail($"The browser tests need Debian's Chromium and chromedriver, but {string.Join(" and ", missing)} is missing. Install them with:\n{InstallCommand}");
        }
    }

    /// <param name="javaScriptEnabled">Whether pages may run script (off by default, as at Tor Browser's Safest level).</param>
    /// <param name="socksProxy">"127.0.0.1:PORT" of a SOCKS5 proxy (a Tor client) to send every request through, or null.</param>
    public static HeadlessChromium Start(bool javaScriptEnabled = false, string? socksProxy = null)
    {
        RequireInstalled();
        var profile = new TempDirectory("chromium-profile") { LeaveIfBusy = true };
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--disable-dev-shm-usage",
            // Phones overlay their scrollbars; a desktop one would take 15 px off the 390.
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--lang=es",
            $"--window-size={PhoneWidth},{PhoneHeight}",
            $"--user-data-dir={profile.CreateSubdirectory("user-data")}");
        if (socksProxy is not null)
        {
            // As Tor Browser does: host names go to the proxy unresolved and nothing is looked up
            // here. Chromium never proxies loopback, so the JavaScript probe page still loads.
            options.AddArguments($"--proxy-server=socks5://{socksProxy}", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        }
        if (!javaScriptEnabled)
        {
            // The content setting an administrator's policy would set: 2 = block, on every site.
            options.AddUserProfilePreference("profile.managed_default_content_settings.javascript", 2);
        }
        // Chromium's performance log carries the DevTools Network events: the only way to see a
        // response's HTTP status without running script in the page.
        options.SetLoggingPreference("performance", LogLevel.All);

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromedriverPath)!, Path.GetFileName(ChromedriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        service.LogPath = profile.File("chromedriver.log");
        ChromeDriver driver;
        try
        {
            driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(120));
        }
        catch
        {
            service.Dispose();
            profile.Dispose();
            throw;
        }
        var browser = new HeadlessChromium(profile, service, driver, javaScriptEnabled);
        try
        {
            driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
            driver.Manage().Window.Size = new Size(PhoneWidth, PhoneHeight);
            return browser;
        }
        catch
        {
            browser.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Loads <see cref="ProbeSite"/>'s page and reports what it shows: whether its script ran.
    /// Only the page's own rendering is looked at: WebDriver's ExecuteScript goes through
    /// DevTools and works even when the page's scripts are blocked, so it would prove nothing.
    /// </summary>
    public bool ScriptsRunInPages()
    {
        using var site = new ProbeSite();
        Driver.Navigate().GoToUrl(site.Url);
        var probe = Driver.FindElement(By.Id("probe")).Text;
        var noscript = Driver.FindElements(By.Id("noscript"));
        return (probe, noscript.Count) switch
        {
            ("script-ran", 0) => true,
            ("no-script", 1) when noscript[0].Displayed && noscript[0].Text == "noscript-shown" => false,
            _ => throw new InvalidOperationException($"The JavaScript probe page shows an unexpected state: #probe is \"{probe}\", {noscript.Count} #noscript element(s)."),
        };
    }

    /// <summary>The width of the page's layout viewport in CSS pixels, read through DevTools (no page script).</summary>
    public (double ViewportWidth, double ContentWidth, double ContentHeight) LayoutMetrics()
    {
        var metrics = DevTools("Page.getLayoutMetrics", []);
        var viewport = (Dictionary<string, object?>)metrics["cssLayoutViewport"]!;
        var content = (Dictionary<string, object?>)metrics["cssContentSize"]!;
        return (Number(viewport["clientWidth"]), Number(content["width"]), Number(content["height"]));
    }

    /// <summary>Runs one DevTools command in the browser (not in the page, so JavaScript being off does not matter).</summary>
    public Dictionary<string, object?> DevTools(string command, Dictionary<string, object?> parameters) =>
        Driver.ExecuteCdpCommand(command, parameters) as Dictionary<string, object?>
            ?? throw new InvalidOperationException($"DevTools command {command} returned no object.");

    public void GoTo(Uri url) => Driver.Navigate().GoToUrl(url);

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    public string Heading => Find("h1").Text;

    /// <summary>
    /// Asserts the browser shows the page at <paramref name="path"/> with this heading; on a
    /// mismatch the message tells what it shows instead (its error summary too, if any).
    /// </summary>
    public void AssertOnPage(string path, string heading)
    {
        var headings = FindAll("h1").Select(h1 => h1.Text).ToList();
        if (CurrentUrl.AbsolutePath == path && headings.Count == 1 && headings[0] == heading)
        {
            return;
        }
        var summary = string.Join(" | ", FindAll(".error-summary li").Select(item => item.Text));
        Assert.Fail($"Expected {path} headed \"{heading}\", but the browser shows {Driver.Url} headed \"{string.Join(" / ", headings)}\""
            + (summary.Length > 0 ? $" with the errors: {summary}" : string.Empty) + ".");
    }

    /// <summary>
    /// Clicks, then waits until the browser has left the current document and shows the next
    /// one (its &lt;h1&gt; is there). While a navigation commits, chromedriver can answer with
    /// transient errors; those mean "not yet", never a failure.
    /// </summary>
    public void ClickAndWaitForNavigation(IWebElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var html = Driver.FindElement(By.TagName("html"));
        element.Click();
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(60))
        {
            Message = $"the page after {Driver.Url} did not load",
        };
        wait.Until(driver =>
        {
            try
            {
                _ = html.TagName;
                return false;
            }
            catch (StaleElementReferenceException)
            {
            }
            catch (WebDriverException)
            {
                return false;
            }
            try
            {
                return driver.FindElements(By.TagName("h1")).Count > 0;
            }
            catch (WebDriverException)
            {
                return false;
            }
        });
    }

    /// <summary>
    /// The HTTP status of the latest response to a page request for <paramref name="path"/>,
    /// a redirect included (a 303 shows up here though the browser followed it), from
    /// Chromium's performance log: without script in the page, the only place a status shows.
    /// </summary>
    public int? LastDocumentStatus(string path)
    {
        foreach (var entry in Driver.Manage().Logs.GetLog("performance"))
        {
            using var json = JsonDocument.Parse(entry.Message);
            var message = json.RootElement.GetProperty("message");
            var parameters = message.GetProperty("params");
            var response = message.GetProperty("method").GetString() switch
            {
                "Network.responseReceived" => parameters.GetProperty("response"),
                "Network.requestWillBeSent" when parameters.TryGetProperty("redirectResponse", out var redirect) => redirect,
                _ => (JsonElement?)null,
            };
            if (response is { } seen && parameters.TryGetProperty("type", out var type) && type.GetString() == "Document")
            {
                _documentResponses.Add((new Uri(seen.GetProperty("url").GetString()!).AbsolutePath, seen.GetProperty("status").GetInt32()));
            }
        }
        return _documentResponses.LastOrDefault(response => response.Path == path) is { Path: not null } last ? last.Status : null;
    }

    /// <summary>Forgets the responses seen so far (the log is read as it fills, into this list).</summary>
    public void ForgetResponses()
    {
        _ = Driver.Manage().Logs.GetLog("performance");
        _documentResponses.Clear();
    }

    public void Dispose()
    {
        try
        {
            Driver.Quit();
        }
        catch (WebDriverException)
        {
        }
        finally
        {
            Driver.Dispose();
            _service.Dispose();
            _profile.Dispose();
        }
    }

    private static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
