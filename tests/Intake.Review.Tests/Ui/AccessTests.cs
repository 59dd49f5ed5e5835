using System.Buffers.Text;
using System.Globalization;
using System.Net;

namespace Intake.Review.Tests.Ui;

/// <summary>
/// Who gets in: only the browser that opens the printed link first, through the Host it was
/// printed with; the token works once and is never left in the address bar.
/// </summary>
public sealed class AccessTests
{
    [Fact]
    public async Task The_printed_link_is_loopback_with_a_256_bit_token()
    {
        await using var ui = await UiHarness.StartAsync();
        var url = ui.Server.Url;
        Assert.Equal("http", url.Scheme);
        Assert.Equal("127.0.0.1", url.Host);
        Assert.NotEqual(0, url.Port);
        Assert.Equal("/", url.AbsolutePath);
        var token = url.Query.TrimStart('?').Split('=', 2);
        Assert.Equal("token", token[0]);
        Assert.Equal(32, Base64Url.DecodeFromChars(token[1]).Length);
    }

    [Fact]
    public async Task The_first_use_of_the_token_sets_a_strict_http_only_cookie_and_redirects_without_the_token()
    {
        await using var ui = await UiHarness.StartAsync();
        using var response = await ui.Http.GetAsync(ui.Server.Url);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        var attributes = setCookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.StartsWith(ui.CookieName + "=", setCookie, StringComparison.Ordinal);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("expires", StringComparison.Ordinal) || a.StartsWith("max-age", StringComparison.Ordinal));
        var cookieValue = setCookie.Split(';')[0].Split('=', 2)[1];
        Assert.DoesNotContain(cookieValue, ui.Server.Url.Query, StringComparison.Ordinal);

        var list = await ui.PageAsync("/", setCookie.Split(';')[0]);
        Assert.Contains("<h1>Testimonios</h1>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_cannot_be_used_a_second_time()
    {
        await using var ui = await UiHarness.StartAsync();
        await ui.SignInAsync();
        using var again = await ui.Http.GetAsync(ui.Server.Url);
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.False(again.Headers.Contains("Set-Cookie"));
        Assert.Contains("review ui", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_browser_opening_the_link_again_is_sent_to_the_list_without_the_token()
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        using var again = await ui.GetAsync(ui.Server.Url.PathAndQuery, cookie);
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.Equal("/", again.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/review.css")]
    [InlineData("/t/11111111-0000-4000-8000-000000000001")]
    [InlineData("/no-such-page")]
    [InlineData("/?token=")]
    [InlineData("/?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Without_a_session_every_address_is_refused_with_a_short_page(string path)
    {
        await using var ui = await UiHarness.StartAsync();
        using var response = await ui.GetAsync(path, cookie: null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("review ui", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Venezuela", html, StringComparison.Ordinal);
        Assert.DoesNotContain("11111111", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_token_does_not_spend_the_right_one()
    {
        await using var ui = await UiHarness.StartAsync();
        using var wrong = await ui.GetAsync("/?token=" + new string('A', 43), cookie: null);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        await ui.SignInAsync();
    }

    [Fact]
    public async Task The_token_is_not_accepted_in_a_post()
    {
        await using var ui = await UiHarness.StartAsync();
        using var response = await ui.PostAsync(ui.Server.Url.PathAndQuery, new Dictionary<string, string>(), cookie: null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await ui.SignInAsync();
    }

    [Theory]
    [InlineData("attacker.example:{0}")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:1")]
    [InlineData("localhost.attacker.example:{0}")]
    [InlineData("[::1]:{0}")]
    public async Task A_request_for_another_host_name_is_refused_even_with_the_session(string host)
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        using var response = await ui.GetAsync("/", cookie, string.Format(CultureInfo.InvariantCulture, host, ui.Server.Url.Port));
        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.DoesNotContain("Venezuela", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rebinding_page_cannot_spend_the_token_either()
    {
        await using var ui = await UiHarness.StartAsync();
        using var response = await ui.GetAsync(ui.Server.Url.PathAndQuery, cookie: null, host: $"attacker.example:{ui.Server.Url.Port}");
        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        await ui.SignInAsync();
    }

    [Fact]
    public async Task Localhost_with_the_port_is_accepted()
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        using var response = await ui.GetAsync("/", cookie, $"localhost:{ui.Server.Url.Port}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_cookie_from_another_run_or_an_altered_one_is_refused()
    {
        await using var first = await UiHarness.StartAsync();
        await using var second = await UiHarness.StartAsync();
        var firstSecret = (await first.SignInAsync()).Split('=', 2)[1];
        var secondSecret = (await second.SignInAsync()).Split('=', 2)[1];
        using var other = await second.GetAsync("/", $"{second.CookieName}={firstSecret}");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var altered = secondSecret[..^1] + (secondSecret[^1] == 'A' ? 'B' : 'A');
        using var forged = await second.GetAsync("/", $"{second.CookieName}={altered}");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        using var misnamed = await second.GetAsync("/", $"{first.CookieName}={secondSecret}");
        Assert.Equal(HttpStatusCode.Forbidden, misnamed.StatusCode);
    }
}
