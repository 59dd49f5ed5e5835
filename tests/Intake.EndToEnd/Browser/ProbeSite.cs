using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Intake.EndToEnd.Browser;

/// <summary>
/// A one-page web site on http://127.0.0.1:PORT/ that tells whether scripts run: with
/// JavaScript the inline script rewrites #probe, and the &lt;noscript&gt; content stays raw
/// text (no element); without it #probe keeps its text and the &lt;noscript&gt; paragraph is a
/// real, displayed element. Served over HTTP from loopback, like the intake site, so the
/// browser applies the same content settings to it.
/// </summary>
public sealed class ProbeSite : IDisposable
{
    public const string Html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>probe</title></head>
        <body><p id="probe">no-script</p>
        <script>document.getElementById('probe').textContent = 'script-ran';</script>
        <noscript><p id="noscript">noscript-shown</p></noscript>
        </body></html>
        """;

    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public ProbeSite()
    {
        using (var free = new TcpListener(IPAddress.Loopback, 0))
        {
            free.Start();
            Url = new Uri($"http://127.0.0.1:{((IPEndPoint)free.LocalEndpoint).Port}/");
        }
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task ServeAsync()
    {
        var body = Encoding.UTF8.GetBytes(Html);
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var response = context.Response;
            response.StatusCode = context.Request.Url?.AbsolutePath == "/" ? 200 : 404;
            response.ContentType = "text/html; charset=utf-8";
            response.ContentLength64 = response.StatusCode == 200 ? body.Length : 0;
            if (response.StatusCode == 200)
            {
                await response.OutputStream.WriteAsync(body);
            }
        }
    }
}
