using Xunit.Abstractions;

namespace Intake.EndToEnd.Support;

/// <summary>
/// One test's own intake service: a fresh data directory with the DEMO reviewer key, the
/// server process on a free loopback port, and read access to its database. Disposing it
/// kills the server, writes what the server printed to the test's output, and deletes the data.
/// </summary>
public sealed class IntakeSite : IAsyncDisposable
{
    private readonly ITestOutputHelper _output;

    private IntakeSite(ITestOutputHelper output, TempDirectory temp, string dataDirectory, IntakeServer server)
    {
        _output = output;
        Temp = temp;
        DataDirectory = dataDirectory;
        Server = server;
        Database = new SubmissionDatabase(server.DatabasePath);
    }

    public TempDirectory Temp { get; }

    public string DataDirectory { get; }

    public IntakeServer Server { get; private set; }

    public SubmissionDatabase Database { get; }

    public static async Task<IntakeSite> StartAsync(ITestOutputHelper output, IReadOnlyDictionary<string, string>? environment = null)
    {
        var temp = new TempDirectory("site") { LeaveIfBusy = true };
        try
        {
            var data = temp.File("data");
            IntakeServer.PrepareDataDirectory(data);
            var server = await IntakeServer.StartAsync(data, environment);
            return new IntakeSite(output, temp, data, server);
        }
        catch
        {
            temp.Dispose();
            throw;
        }
    }

    /// <summary>Starts the server again on the same data directory (after <see cref="IntakeServer.KillHard"/>).</summary>
    public async Task RestartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        await StopAsync("before the restart");
        Server = await IntakeServer.StartAsync(DataDirectory, environment);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync("at the end");
        }
        finally
        {
            Temp.Dispose();
        }
    }

    private async Task StopAsync(string when)
    {
        await Server.DisposeAsync();
        _output.WriteLine($"--- intake serve output ({when}) ---\n{Server.Output}");
    }
}
