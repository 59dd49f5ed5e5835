using System.Net;
using System.Text.RegularExpressions;
using Intake.Review.Ui;

namespace Intake.Review.Tests.Ui;

/// <summary>
/// A review UI on a real Kestrel port over the sample catalog, and a plain HttpClient that
/// neither follows redirects nor keeps cookies, so each test says exactly what it sends.
/// </summary>
internal sealed partial class UiHarness : IAsyncDisposable
{
    private UiHarness(ReviewUiServer server, InMemoryCatalog catalog)
    {
        Server = server;
        Catalog = catalog;
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{server.Url.Port}/"),
        };
    }

    public ReviewUiServer Server { get; }

    public InMemoryCatalog Catalog { get; }

    public HttpClient Http { get; }

    public string CookieName => $"review_session_{Server.Url.Port}";

    /// <param name="catalog">What to serve; the sample testimonies when null.</param>
    public static async Task<UiHarness> StartAsync(InMemoryCatalog? catalog = null)
    {
        catalog ??= SampleTestimonies.Create();
        return new UiHarness(await ReviewUiServer.StartAsync(catalog, CancellationToken.None), catalog);
    }

    /// <summary>Opens the printed link and returns the "name=value" cookie it set.</summary>
    public async Task<string> SignInAsync()
    {
        using var response = await Http.GetAsync(Server.Url);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        return setCookie.Split(';')[0];
    }

    public async Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? cookie, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        return await SendAsync(request, cookie, host);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, IReadOnlyDictionary<string, string> form, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        return await SendAsync(request, cookie, null);
    }

    /// <summary>GET a page that must answer 200, and its HTML.</summary>
    public async Task<string> PageAsync(string pathAndQuery, string cookie)
    {
        using var response = await GetAsync(pathAndQuery, cookie);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {pathAndQuery}: {(int)response.StatusCode}\n{html}");
        return html;
    }

    /// <summary>The session's form token, as the hidden field of a page's form carries it.</summary>
    public static string FormToken(string html) => FormTokenField().Match(html) is { Success: true } match
        ? match.Groups[1].Value
        : throw new InvalidOperationException("The page has no form token.");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? cookie, string? host)
    {
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        if (host is not null)
        {
            request.Headers.Host = host;
        }
        return Http.SendAsync(request);
    }

    [GeneratedRegex("name=\"form_token\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenField();
}
