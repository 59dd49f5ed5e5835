using System.Net;
using Intake.Server.Localization;
using Intake.Server.Pages;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Security;

/// <summary>
/// A request relayed by a tor2web gateway (it says so with X-Tor2Web) is refused whatever it
/// asks for, with the forbidden page in the source's language, and nothing is stored.
/// </summary>
public sealed class Tor2WebTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/form")]
    [InlineData("/thanks")]
    [InlineData("/site.css")]
    [InlineData("/no-such-page")]
    public async Task Any_page_asked_for_through_tor2web_is_refused_with_the_forbidden_page(string path)
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();

        var page = await browser.GetAsync(path, request => request.Headers.Add("X-Tor2Web", "encrypted"));

        AssertRefusedIn("es", page);
    }

    [Theory]
    [InlineData("?lang=en", null, "en")]
    [InlineData("", "pt", "pt")]
    [InlineData("?lang=pt", "en", "pt")]
    public async Task The_refusal_is_in_the_language_of_the_page_or_cookie(string query, string? cookie, string expected)
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();
        if (cookie is not null)
        {
            browser.Cookies["lang"] = cookie;
        }

        var page = await browser.GetAsync("/form" + query, request =>
        {
            request.Headers.Add("X-Tor2Web", "1");
            request.Headers.Add("Accept-Language", "es");
        });

        AssertRefusedIn(expected, page);
    }

    [Fact]
    public async Task A_valid_submission_through_tor2web_is_refused_and_stores_nothing()
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();
        var body = FormAnswers.Minimal(await browser.LoadFormAsync()).File("a.jpg", "image/jpeg", "jpeg"u8.ToArray());

        var page = await browser.PostAsync("/submit?lang=en", body, request => request.Headers.Add("X-Tor2Web", "encrypted"));

        AssertRefusedIn("en", page);
        var counts = host.Database.Count();
        Assert.True(counts.IsEmpty, $"stored: {counts}");
    }

    [Fact]
    public async Task An_empty_X_Tor2Web_header_is_refused_too()
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();

        var page = await browser.GetAsync("/", request => request.Headers.TryAddWithoutValidation("X-Tor2Web", string.Empty));

        AssertRefusedIn("es", page);
    }

    private static void AssertRefusedIn(string language, Page page)
    {
        Assert.True(page.Status == HttpStatusCode.Forbidden, page.ToString());
        Assert.Contains($"<html lang=\"{language}\">", page.Body, StringComparison.Ordinal);
        Assert.Contains(Html.Encode(SiteLanguages.For(language).ErrorForbidden), page.Body, StringComparison.Ordinal);
    }
}
