using System.Net;
using Intake.Server.Hosting;
using Intake.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Server.Tests.Support;

/// <summary>How to start an in-process intake server.</summary>
internal sealed record HostOptions
{
    /// <summary>"Intake:…" configuration, as an operator would put in appsettings.json.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The reviewer keys configured before start; by default the DEMO key. Empty means none.</summary>
    public IReadOnlyList<string>? Recipients { get; init; }

    /// <summary>Anything else to change on the builder (a clock, say).</summary>
    public Action<WebApplicationBuilder>? Configure { get; init; }
}

/// <summary>
/// The intake app on real Kestrel on 127.0.0.1 (a free port), with its data directory (a
/// real SQLite file) in a temporary directory that is deleted on dispose.
/// </summary>
internal sealed class IntakeHost : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly WebApplication _app;

    private IntakeHost(TempDirectory directory, WebApplication app, Uri baseAddress, string dataDirectory)
    {
        _directory = directory;
        _app = app;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        Database = new DatabaseInspector(global::Intake.Server.Hosting.DataDirectory.DatabasePath(dataDirectory));
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public DatabaseInspector Database { get; }

    public SubmissionStore Submissions => _app.Services.GetRequiredService<SubmissionStore>();

    public static async Task<IntakeHost> StartAsync(HostOptions? options = null)
    {
        options ??= new HostOptions();
        var directory = new TempDirectory("host");
        try
        {
            var dataDirectory = directory.NewPath("data");
            var settings = new ServeSettings(dataDirectory, null, new IPEndPoint(IPAddress.Loopback, 0), null);
            var app = IntakeApp.Create(settings, builder =>
            {
                builder.Configuration.AddInMemoryCollection(options.Settings);
                options.Configure?.Invoke(builder);
            });
            var store = app.Services.GetRequiredService<RecipientStore>();
            foreach (var recipient in options.Recipients ?? [DemoReviewer.Recipient])
            {
                store.Add(recipient, null, DateOnly.FromDateTime(DateTime.UtcNow));
            }
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new IntakeHost(directory, app, new Uri(address.TrimEnd('/') + "/"), Path.GetFullPath(dataDirectory));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public Browser NewBrowser() => new(BaseAddress);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
