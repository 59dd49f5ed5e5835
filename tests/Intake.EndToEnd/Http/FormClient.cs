using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Intake.EndToEnd.Http;

/// <summary>
/// A source's browser reduced to HTTP: it loads the form (getting the antiforgery cookie and
/// the form token) and posts the form as multipart/form-data, the token first and the files
/// last, as the page's own form does. Redirects are not followed, so the 303 is seen.
/// </summary>
public sealed partial class FormClient : IDisposable
{
    private readonly HttpClient _client;

    public FormClient(Uri baseAddress)
    {
        _client = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(3),
        };
    }

    /// <summary>GET /form?lang=…: the form token from the page (its cookie half stays in the cookie jar).</summary>
    public async Task<string> LoadFormAsync(string language = "es")
    {
        using var response = await _client.GetAsync(new Uri($"/form?lang={language}", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenField().Match(html);
        return match.Success
            ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException("The form page has no __token field.");
    }

    /// <summary>POST /submit?lang=…: the token, the answers in order, then each file.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        string token, IEnumerable<(string Name, string Value)> answers, IEnumerable<(string FileName, HttpContent Content)> files, string language = "es")
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(files);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__token");
        foreach (var (name, value) in answers)
        {
            form.Add(new StringContent(value), name);
        }
        foreach (var (fileName, content) in files)
        {
            form.Add(content, "files", fileName);
        }
        return await _client.PostAsync(new Uri($"/submit?lang={language}", UriKind.Relative), form);
    }

    public static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("""<input type="hidden" name="__token" value="(?<token>[^"]*)">""")]
    private static partial Regex TokenField();
}
