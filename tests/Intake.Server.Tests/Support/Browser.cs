using System.Net;
using System.Text.RegularExpressions;

namespace Intake.Server.Tests.Support;

/// <summary>
/// An HTTP client that behaves like one browser session: it keeps its own cookies (so a test
/// can drop, swap or add them), never follows redirects, and records every Set-Cookie.
/// </summary>
internal sealed partial class Browser : IDisposable
{
    private readonly HttpClient _client;

    public Browser(Uri baseAddress)
    {
        _client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(5),
        };
    }

    public Uri BaseAddress => _client.BaseAddress!;

    /// <summary>The cookies this session sends, by name.</summary>
    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    public Task<Page> GetAsync(string pathAndQuery, Action<HttpRequestMessage>? customize = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, pathAndQuery), customize);

    public Task<Page> PostAsync(string pathAndQuery, HttpContent content, Action<HttpRequestMessage>? customize = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = content }, customize);

    public async Task<Page> SendAsync(HttpRequestMessage request, Action<HttpRequestMessage>? customize = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        using (request)
        {
            if (Cookies.Count > 0)
            {
                request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}")));
            }
            customize?.Invoke(request);
            using var response = await _client.SendAsync(request);
            var page = Page.From(response, await response.Content.ReadAsStringAsync());
            Remember(page.SetCookies);
            return page;
        }
    }

    /// <summary>GET /form (in a language, if given): the antiforgery request token from its hidden input.</summary>
    public async Task<string> LoadFormAsync(string? language = null)
    {
        var page = await GetAsync(language is null ? "/form" : $"/form?lang={language}");
        Assert.True(page.Status == HttpStatusCode.OK, $"GET /form: {page}");
        return TokenIn(page.Body);
    }

    /// <summary>The value of the form's hidden __token input.</summary>
    public static string TokenIn(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "the page has no __token input");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => _client.Dispose();

    private void Remember(IEnumerable<string> setCookies)
    {
        foreach (var setCookie in setCookies)
        {
            var pair = setCookie.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                Cookies[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
            }
        }
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"__token\" value=\"([^\"]*)\">")]
    private static partial Regex TokenInput();
}
