using System.Net;
using System.Text;

namespace Intake.Server.Tests.Support;

/// <summary>
/// Three running servers between them able to give every answer the site has: a normal one
/// with small limits (64 KiB, one file, one upload at a time), one without reviewer keys, and
/// one whose free-disk floor is above any disk. <see cref="ProvokeAsync"/> makes each outcome.
/// </summary>
public sealed class ServerOutcomes : IAsyncLifetime
{
    public const long MaxSubmissionBytes = 64 * 1024;

    private const long TooLargeFileBytes = MaxSubmissionBytes + 2 * 1024 * 1024;

    /// <summary>Each outcome by name, with the status it must have.</summary>
    public static IReadOnlyDictionary<string, HttpStatusCode> Expected { get; } = new Dictionary<string, HttpStatusCode>
    {
        ["GET /"] = HttpStatusCode.OK,
        ["GET /?lang=en (sets the language cookie)"] = HttpStatusCode.OK,
        ["GET /form (sets the antiforgery cookie)"] = HttpStatusCode.OK,
        ["GET /thanks"] = HttpStatusCode.OK,
        ["GET /site.css"] = HttpStatusCode.OK,
        ["GET an unknown page"] = HttpStatusCode.NotFound,
        ["GET /submit"] = HttpStatusCode.MethodNotAllowed,
        ["POST /submit, stored"] = HttpStatusCode.SeeOther,
        ["POST /submit, a consent missing"] = HttpStatusCode.BadRequest,
        ["POST /submit, not multipart"] = HttpStatusCode.BadRequest,
        ["POST /submit, no form token"] = HttpStatusCode.Forbidden,
        ["GET / through tor2web"] = HttpStatusCode.Forbidden,
        ["POST /submit, too large"] = HttpStatusCode.RequestEntityTooLarge,
        ["POST /submit, too many files"] = HttpStatusCode.RequestEntityTooLarge,
        ["POST /submit, another upload in progress"] = HttpStatusCode.TooManyRequests,
        ["POST /submit, no reviewer key"] = HttpStatusCode.ServiceUnavailable,
        ["POST /submit, disk below the floor"] = HttpStatusCode.InsufficientStorage,
    };

    internal IntakeHost Main { get; private set; } = null!;

    internal IntakeHost NoRecipients { get; private set; } = null!;

    internal IntakeHost DiskFull { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var main = IntakeHost.StartAsync(new HostOptions
        {
            Settings = new Dictionary<string, string?>
            {
                ["Intake:MaxSubmissionBytes"] = MaxSubmissionBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Intake:MaxFiles"] = "1",
                ["Intake:MaxConcurrentUploads"] = "1",
            },
        });
        var noRecipients = IntakeHost.StartAsync(new HostOptions { Recipients = [] });
        var diskFull = IntakeHost.StartAsync(new HostOptions
        {
            Settings = new Dictionary<string, string?> { ["Intake:FreeDiskFloorBytes"] = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        });
        (Main, NoRecipients, DiskFull) = (await main, await noRecipients, await diskFull);
    }

    public async Task DisposeAsync()
    {
        await Main.DisposeAsync();
        await NoRecipients.DisposeAsync();
        await DiskFull.DisposeAsync();
    }

    internal async Task<Page> ProvokeAsync(string outcome)
    {
        using var browser = Main.NewBrowser();
        switch (outcome)
        {
            case "GET /":
                return await browser.GetAsync("/");
            case "GET /?lang=en (sets the language cookie)":
                return await browser.GetAsync("/?lang=en");
            case "GET /form (sets the antiforgery cookie)":
                return await browser.GetAsync("/form");
            case "GET /thanks":
                return await browser.GetAsync("/thanks");
            case "GET /site.css":
                return await browser.GetAsync("/site.css");
            case "GET an unknown page":
                return await browser.GetAsync("/no-such-page?lang=pt");
            case "GET /submit":
                return await browser.GetAsync("/submit");
            case "POST /submit, stored":
                return await browser.PostAsync("/submit?lang=es", FormAnswers.Minimal(await browser.LoadFormAsync()));
            case "POST /submit, a consent missing":
                return await browser.PostAsync("/submit?lang=es", MultipartBody.WithToken(await browser.LoadFormAsync()).Field("consent_statistics", "yes"));
            case "POST /submit, not multipart":
                await browser.LoadFormAsync();
                return await browser.PostAsync("/submit", new StringContent("consent_statistics=yes", Encoding.ASCII, "application/x-www-form-urlencoded"));
            case "POST /submit, no form token":
                await browser.LoadFormAsync();
                return await browser.PostAsync("/submit", new MultipartBody().Fields(FormAnswers.Consents));
            case "GET / through tor2web":
                return await browser.GetAsync("/", request => request.Headers.Add("X-Tor2Web", "encrypted"));
            case "POST /submit, too large":
                // Far enough over the limit that Kestrel's own body limit (the limit plus 1 MiB
                // for the multipart framing) refuses it; LimitTests covers uploads just over it.
                // It answers before the body is all sent and closes the connection, which
                // HttpClient may report as a broken pipe only: read the page off the socket.
                var body = FormAnswers.Minimal(await browser.LoadFormAsync())
                    .File("big.bin", "application/octet-stream", () => new SeededStream(1, TooLargeFileBytes), TooLargeFileBytes);
                return await RawUpload.PostReadingEarlyResponseAsync(Main.BaseAddress, "/submit", body, browser.Cookies);
            case "POST /submit, too many files":
                return await browser.PostAsync("/submit", FormAnswers.Minimal(await browser.LoadFormAsync())
                    .File("a.txt", "text/plain", "a"u8.ToArray())
                    .File("b.txt", "text/plain", "b"u8.ToArray()));
            case "POST /submit, another upload in progress":
                return await WhileAnUploadIsHeldAsync(Main, () => PostUntilBusyAsync(Main));
            case "POST /submit, no reviewer key":
                {
                    using var other = NoRecipients.NewBrowser();
                    return await other.PostAsync("/submit", FormAnswers.Minimal(await other.LoadFormAsync()));
                }
            case "POST /submit, disk below the floor":
                {
                    using var other = DiskFull.NewBrowser();
                    return await other.PostAsync("/submit", FormAnswers.Minimal(await other.LoadFormAsync()));
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "no such outcome");
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> while another source's upload is in progress on
    /// <paramref name="host"/> (its file is held half sent), then lets that upload finish and
    /// checks it was stored.
    /// </summary>
    internal static async Task<T> WhileAnUploadIsHeldAsync<T>(IntakeHost host, Func<Task<T>> action)
    {
        using var holder = host.NewBrowser();
        var gated = new GatedStream(new SeededStream(7, 32 * 1024), 16 * 1024);
        var body = FormAnswers.Minimal(await holder.LoadFormAsync()).File("held.bin", "application/octet-stream", () => gated, 32 * 1024);
        var held = holder.PostAsync("/submit?lang=es", body);
        try
        {
            await gated.ReachedGate.WaitAsync(TimeSpan.FromSeconds(30));
            return await action();
        }
        finally
        {
            gated.Open();
            var page = await held;
            Assert.True(page.Status == HttpStatusCode.SeeOther, $"the held upload, once let go: {page}");
        }
    }

    /// <summary>
    /// Posts (with a token the server will refuse, so nothing can be stored) until the upload
    /// gate turns the post away with 429, or 10 s pass: the held upload reaches the gate
    /// shortly after its first bytes leave the client.
    /// </summary>
    internal static async Task<Page> PostUntilBusyAsync(IntakeHost host)
    {
        using var browser = host.NewBrowser();
        await browser.LoadFormAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var page = await browser.PostAsync("/submit", FormAnswers.Minimal("not-the-token"));
            if (page.Status == HttpStatusCode.TooManyRequests || DateTime.UtcNow > deadline)
            {
                return page;
            }
            Assert.True(page.Status == HttpStatusCode.Forbidden, $"a post with a bad token while the gate is free: {page}");
            await Task.Delay(20);
        }
    }
}
