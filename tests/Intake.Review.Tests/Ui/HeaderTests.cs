using System.Net;

namespace Intake.Review.Tests.Ui;

/// <summary>Every response, refusals included, carries the strict headers and names no server.</summary>
public sealed class HeaderTests
{
    public static TheoryData<string, bool, HttpStatusCode> Responses => new()
    {
        { "/", true, HttpStatusCode.OK },
        { "/?lang=pt&country=BR", true, HttpStatusCode.OK },
        { "/t/11111111-0000-4000-8000-000000000001", true, HttpStatusCode.OK },
        { "/review.css", true, HttpStatusCode.OK },
        { "/t/99999999-0000-4000-8000-000000000009", true, HttpStatusCode.NotFound },
        { "/favicon.ico", true, HttpStatusCode.NotFound },
        { "/", false, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_has_the_strict_headers(string path, bool signedIn, HttpStatusCode status)
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = signedIn ? await ui.SignInAsync() : null;
        using var response = await ui.GetAsync(path, cookie);
        Assert.Equal(status, response.StatusCode);
        AssertStrictHeaders(response);
    }

    [Fact]
    public async Task The_redirect_that_spends_the_token_has_them_too()
    {
        await using var ui = await UiHarness.StartAsync();
        using var response = await ui.Http.GetAsync(ui.Server.Url);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        AssertStrictHeaders(response);
    }

    [Fact]
    public async Task The_stylesheet_is_served_by_the_ui_itself_as_css()
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        var list = await ui.PageAsync("/", cookie);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/review.css\">", list, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", list, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", list, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", list, StringComparison.Ordinal);
        using var css = await ui.GetAsync("/review.css", cookie);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        var body = await css.Content.ReadAsStringAsync();
        Assert.Contains("font-family", body, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", body, StringComparison.Ordinal);
    }

    private static void AssertStrictHeaders(HttpResponseMessage response)
    {
        Assert.Equal(
            "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Server"), "The response names its server.");
    }
}
