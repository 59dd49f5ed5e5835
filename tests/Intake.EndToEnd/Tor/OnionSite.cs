using Intake.EndToEnd.Support;

namespace Intake.EndToEnd.Tor;

/// <summary>
/// The intake service as sources meet it, shared by every test in <see cref="TorNetworkTests"/>:
/// `intake serve` on DIR/data/intake.sock (DEMO reviewer key only) behind the private Tor
/// network's onion service. The server and the network start side by side (the network needs the
/// socket only at its last step). At the end xunit calls DisposeAsync, which stops the network,
/// checks its daemons are gone and stops the server, and then Dispose, which deletes the files.
/// </summary>
public sealed class OnionSite : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _temp = new("tor") { LeaveIfBusy = true };
    private readonly string _dataDirectory;
    private IntakeServer? _server;
    private TorNetwork? _network;

    public OnionSite()
    {
        _dataDirectory = _temp.File("data");
        Database = new SubmissionDatabase(Path.Combine(_dataDirectory, "intake.db"));
    }

    public IntakeServer Server => _server ?? throw new InvalidOperationException("The site has not started.");

    public TorNetwork Network => _network ?? throw new InvalidOperationException("The site has not started.");

    public SubmissionDatabase Database { get; }

    public DemoReviewer Reviewer { get; } = new();

    /// <summary>Time from asking for the network to tornet.sh's ONION/SOCKS lines, for the test output.</summary>
    public TimeSpan NetworkStartTime { get; private set; }

    public TempDirectory Temp => _temp;

    public async Task InitializeAsync()
    {
        IntakeServer.PrepareDataDirectory(_dataDirectory);
        var socket = Path.Combine(_dataDirectory, "intake.sock");
        var server = IntakeServer.StartOnSocketAsync(_dataDirectory, socket);
        var network = StartNetworkAsync(_temp.File("tornet"), socket);
        try
        {
            await Task.WhenAll(server, network);
        }
        catch
        {
            // Whichever of the two did start must not outlive the failure.
            if (server.IsCompletedSuccessfully)
            {
                await server.Result.DisposeAsync();
            }
            if (network.IsCompletedSuccessfully)
            {
                network.Result.StopAndVerify();
            }
            throw;
        }
        _server = server.Result;
        _network = network.Result;
    }

    /// <summary>The one complete submission stored since <paramref name="before"/> was read.</summary>
    public SubmissionDatabase.Row NewSubmission(IReadOnlyList<SubmissionDatabase.Row> before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var seen = before.Select(row => row.IdHex).ToHashSet();
        return Assert.Single(Database.CompleteSubmissions(), row => !seen.Contains(row.IdHex));
    }

    public async Task DisposeAsync()
    {
        try
        {
            _network?.StopAndVerify();
        }
        finally
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }
    }

    public void Dispose()
    {
        Reviewer.Dispose();
        _temp.Dispose();
    }

    private async Task<TorNetwork> StartNetworkAsync(string directory, string socket)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var network = await TorNetwork.StartAsync(directory, socket);
        NetworkStartTime = clock.Elapsed;
        return network;
    }
}

[CollectionDefinition(Name)]
public sealed class TorNetworkTests : ICollectionFixture<OnionSite>
{
    public const string Name = "tor network";
}
