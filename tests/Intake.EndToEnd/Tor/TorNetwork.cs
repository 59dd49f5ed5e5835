using System.Globalization;

namespace Intake.EndToEnd.Tor;

/// <summary>
/// The project's private Tor network on 127.0.0.1, run by tests/tornet/tornet.sh: three
/// directory authorities, three relays, a v3 onion service (port 80 to a Unix socket, with
/// proof-of-work defences) and a client whose SOCKS port reaches it. The daemons are told to
/// exit by themselves if this test process dies before it stops them.
/// </summary>
public sealed class TorNetwork
{
    // tornet.sh's own bound on `start`; the process gets a little more to clean up and report.
    private const int StartSeconds = 150;
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(StartSeconds + 30);

    private TorNetwork(string directory, string onion, string socks, string startLog, IReadOnlyList<TorDaemon> daemons)
    {
        Directory = directory;
        Onion = onion;
        Socks = socks;
        StartLog = startLog;
        Daemons = daemons;
    }

    public static string ScriptPath => Path.Combine(RepositoryPaths.Root, "tests", "tornet", "tornet.sh");

    public string Directory { get; }

    /// <summary>The service's address: 56 base32 characters and ".onion".</summary>
    public string Onion { get; }

    /// <summary>The client's SOCKS5 endpoint, "127.0.0.1:PORT".</summary>
    public string Socks { get; }

    /// <summary>What tornet.sh printed on stderr while starting (its progress, with timings).</summary>
    public string StartLog { get; }

    /// <summary>The eight daemons tornet.sh recorded when it had started them.</summary>
    public IReadOnlyList<TorDaemon> Daemons { get; }

    /// <summary>The onion service's log of onion-service events (info level).</summary>
    public string OnionServiceLog => File.ReadAllText(Path.Combine(Directory, "onion", "rend.log"));

    /// <summary>The client's log of onion-service events (debug level): what it read in the descriptor.</summary>
    public string ClientLog => File.ReadAllText(Path.Combine(Directory, "client", "rend.log"));

    public Uri OnionUrl(string pathAndQuery) => new($"http://{Onion}{pathAndQuery}");

    /// <summary>
    /// `tornet.sh start DIRECTORY --hs-target unix:SOCKET --pow`. Fails (never skips) with the
    /// script's message and log tails when tor is missing or the onion does not answer in time.
    /// </summary>
    public static async Task<TorNetwork> StartAsync(string directory, string unixSocket)
    {
        var spec = Script("start", directory, "--hs-target", $"unix:{unixSocket}", "--pow") with
        {
            Environment = new Dictionary<string, string?>
            {
                ["TORNET_TIMEOUT"] = StartSeconds.ToString(CultureInfo.InvariantCulture),
                ["TORNET_OWNER_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
            },
            Timeout = ScriptTimeout,
        };
        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync(spec);
        }
        catch (TimeoutException)
        {
            // Killed before its own cleanup could run: stop whatever it had recorded.
            Stop(directory);
            throw;
        }
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The private Tor network did not start (exit {result.ExitCode}). tests/run.sh installs tor and curl (apt-get install tor curl) when they are missing. tornet.sh said:\n{result.Stderr}");
        }
        var lines = result.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string Value(string key) => lines.SingleOrDefault(line => line.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..]
            ?? throw new InvalidOperationException($"tornet.sh printed no {key}= line; stdout: {result.StdoutText}");
        return new TorNetwork(directory, Value("ONION"), Value("SOCKS"), result.Stderr, TorDaemon.ReadRecorded(directory));
    }

    /// <summary>`tornet.sh status DIRECTORY`: one "NAME PID running|gone" line per daemon, then the endpoints.</summary>
    public ProcessResult Status() => ProcessRunner.Run(Script("status", Directory));

    /// <summary>`tornet.sh stop DIRECTORY`, then checks by pid and start time that every daemon is gone.</summary>
    public void StopAndVerify()
    {
        Stop(Directory);
        var running = Daemons.Where(daemon => daemon.IsRunning).ToList();
        if (running.Count > 0)
        {
            throw new InvalidOperationException($"tor daemons still run after `tornet.sh stop`: {string.Join(", ", running)}");
        }
    }

    private static void Stop(string directory) => ProcessRunner.Run(Script("stop", directory)).EnsureSuccess();

    private static ProcessSpec Script(params string[] arguments) =>
        new(ExternalTool.Find("bash", "bash"), [ScriptPath, .. arguments]);
}
