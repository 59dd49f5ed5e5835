using System.Net;
using Intake.Review.Coding;
using Intake.Review.Workspace;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Intake.Review.Ui;

/// <summary>
/// The local web UI of `review ui`, running in-process: Kestrel on 127.0.0.1 at a port the
/// system picks, so nothing else on the machine can predict it, reachable only through
/// <see cref="Url"/> and its one-time token. Built on an empty host: no configuration files or
/// environment variables can add an address, and no logger exists to record a request.
/// </summary>
public sealed class ReviewUiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ReviewUiServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>http://127.0.0.1:PORT/?token=… : the link to open, valid once.</summary>
    public Uri Url { get; }

    /// <summary>Starts serving <paramref name="catalog"/>; the returned server is listening.</summary>
    public static Task<ReviewUiServer> StartAsync(ITestimonyCatalog catalog, CancellationToken cancellationToken) => StartAsync(catalog, null, cancellationToken);

    /// <summary>Starts serving <paramref name="catalog"/>, with <paramref name="coding"/> on the testimony page (none when null).</summary>
    public static async Task<ReviewUiServer> StartAsync(ITestimonyCatalog catalog, ITestimonyCoding? coding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Notes are the largest thing posted; a megabyte holds the longest note, URL-encoded.
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        var app = builder.Build();
        var session = new UiSession();
        app.UseUiHeaders();
        app.UseAccessGate(session);
        app.UseRouting();
        app.MapReviewUi(new SerializedCatalog(catalog), coding, session);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var port = new Uri(app.Urls.Single()).Port;
        return new ReviewUiServer(app, new Uri($"http://127.0.0.1:{port}/?{AccessGate.TokenParameter}={session.LinkToken}"));
    }

    /// <summary>Stops accepting requests and lets the ones in flight finish.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => _app.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
