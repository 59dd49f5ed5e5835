using System.Net;
using System.Net.Sockets;
using System.Text;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Security;

/// <summary>
/// Every page and every outcome, errors included, carries the same strict headers and no
/// Server header, and every cookie the site sets is same-site only and hidden from scripts.
/// </summary>
public sealed class SecurityHeaderTests(ServerOutcomes servers) : IClassFixture<ServerOutcomes>
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static TheoryData<string> Outcomes => new(ServerOutcomes.Expected.Keys);

    [Theory]
    [MemberData(nameof(Outcomes))]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string outcome)
    {
        var page = await servers.ProvokeAsync(outcome);

        Assert.True(ServerOutcomes.Expected[outcome] == page.Status, $"{outcome}: {page}");
        Assert.Equal(ContentSecurityPolicy, page.Header("Content-Security-Policy"));
        Assert.Equal("no-store", page.Header("Cache-Control"));
        Assert.Equal("no-referrer", page.Header("Referrer-Policy"));
        Assert.Equal("nosniff", page.Header("X-Content-Type-Options"));
        Assert.Equal("DENY", page.Header("X-Frame-Options"));
        Assert.Null(page.Header("Server"));
        Assert.Null(page.Header("X-Powered-By"));
        AssertCookiesStrict(page);
    }

    [Theory]
    [InlineData("GET /?lang=en (sets the language cookie)", "lang")]
    [InlineData("GET /form (sets the antiforgery cookie)", "__intake_form")]
    public async Task The_cookies_the_site_sets_are_SameSite_Strict_and_HttpOnly(string outcome, string cookie)
    {
        var page = await servers.ProvokeAsync(outcome);

        Assert.Contains(page.SetCookies, c => c.StartsWith(cookie + "=", StringComparison.Ordinal));
        AssertCookiesStrict(page);
    }

    [Fact]
    public async Task Pages_are_html_in_utf8_and_name_no_outside_resource()
    {
        foreach (var outcome in ServerOutcomes.Expected.Keys.Where(o => o != "GET /site.css" && !o.Contains("stored", StringComparison.Ordinal)))
        {
            var page = await servers.ProvokeAsync(outcome);
            Assert.Equal("text/html; charset=utf-8", page.Header("Content-Type"));
            Assert.StartsWith("<!DOCTYPE html>", page.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", page.Body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("http://", page.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", page.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_request_that_Kestrel_refuses_itself_has_no_server_header()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(servers.Main.BaseAddress.Host, servers.Main.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: x\r\nX-Big: {new string('a', 64 * 1024)}\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var head = new List<string>();
        for (var line = await reader.ReadLineAsync(); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync())
        {
            head.Add(line);
        }

        Assert.StartsWith("HTTP/1.1 431", head[0], StringComparison.Ordinal);
        Assert.DoesNotContain(head, line => line.StartsWith("Server:", StringComparison.OrdinalIgnoreCase));
    }

    private static void AssertCookiesStrict(Page page)
    {
        foreach (var setCookie in page.SetCookies)
        {
            var attributes = setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.True(attributes.Contains("samesite=strict"), $"Set-Cookie without SameSite=Strict: {setCookie}");
            Assert.True(attributes.Contains("httponly"), $"Set-Cookie without HttpOnly: {setCookie}");
        }
    }
}
