using System.Net;
using Intake.Server.Localization;
using Intake.Server.Pages;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Hosting;

/// <summary>
/// The page language is the source's choice (?lang=, then remembered in a cookie), Spanish
/// otherwise; Accept-Language, which Tor Browser normalises and which fingerprints, is ignored.
/// </summary>
public sealed class LanguageSelectionTests(SharedHost server) : IClassFixture<SharedHost>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/form")]
    [InlineData("/thanks")]
    [InlineData("/no-such-page")]
    public async Task Accept_Language_English_still_gets_Spanish(string path)
    {
        using var browser = server.Host.NewBrowser();

        var page = await browser.GetAsync(path, request => request.Headers.Add("Accept-Language", "en-US,en;q=0.9"));

        Assert.Contains("<html lang=\"es\">", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(page.SetCookies, c => c.StartsWith("lang=", StringComparison.Ordinal));
        Assert.Null(page.Header("Content-Language"));
        Assert.DoesNotContain("Accept-Language", page.Header("Vary") ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_language_chosen_with_lang_is_remembered_in_a_cookie_for_the_next_pages()
    {
        using var browser = server.Host.NewBrowser();

        var chosen = await browser.GetAsync("/?lang=en", request => request.Headers.Add("Accept-Language", "pt"));
        var next = await browser.GetAsync("/form", request => request.Headers.Add("Accept-Language", "pt"));

        Assert.Contains("<html lang=\"en\">", chosen.Body, StringComparison.Ordinal);
        Assert.Contains(chosen.SetCookies, c => c.StartsWith("lang=en;", StringComparison.Ordinal));
        Assert.Equal("en", browser.Cookies["lang"]);
        Assert.Contains("<html lang=\"en\">", next.Body, StringComparison.Ordinal);
        Assert.Contains(Html.Encode(SiteLanguages.For("en").FormHeading), next.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lang_in_the_query_wins_over_the_cookie()
    {
        using var browser = server.Host.NewBrowser();
        browser.Cookies["lang"] = "en";

        var page = await browser.GetAsync("/?lang=pt");

        Assert.Contains("<html lang=\"pt\">", page.Body, StringComparison.Ordinal);
        Assert.Equal("pt", browser.Cookies["lang"]);
    }

    [Fact]
    public async Task An_unknown_language_falls_back_to_the_cookie_then_to_Spanish()
    {
        using var browser = server.Host.NewBrowser();

        var withoutCookie = await browser.GetAsync("/?lang=fr");
        browser.Cookies["lang"] = "pt";
        var withCookie = await browser.GetAsync("/?lang=fr");

        Assert.Contains("<html lang=\"es\">", withoutCookie.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(withoutCookie.SetCookies, c => c.StartsWith("lang=", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"pt\">", withCookie.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_posts_back_in_its_language_and_the_confirmation_follows()
    {
        using var browser = server.Host.NewBrowser();
        var form = await browser.GetAsync("/form?lang=pt");
        Assert.Contains("action=\"/submit?lang=pt\"", form.Body, StringComparison.Ordinal);

        var stored = await browser.PostAsync("/submit?lang=pt", FormAnswers.Minimal(Browser.TokenIn(form.Body)),
            request => request.Headers.Add("Accept-Language", "en"));

        Assert.True(stored.Status == HttpStatusCode.SeeOther, stored.ToString());
        Assert.Equal("/thanks?lang=pt", stored.Header("Location"));
        var thanks = await browser.GetAsync("/thanks?lang=pt");
        Assert.Contains(Html.Encode(SiteLanguages.For("pt").ConfirmationHeading), thanks.Body, StringComparison.Ordinal);
    }
}
