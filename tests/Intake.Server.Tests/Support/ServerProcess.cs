using System.Diagnostics;
using System.Net;

namespace Intake.Server.Tests.Support;

/// <summary>What a stopped server process printed, as raw bytes, and how it ended.</summary>
internal sealed record ServerOutput(int ExitCode, byte[] Stdout, byte[] Stderr)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Stdout) + System.Text.Encoding.UTF8.GetString(Stderr);
}

/// <summary>
/// `intake serve` running as a real process on a free loopback port, every byte of its
/// stdout and stderr captured. Stopped with SIGTERM, as systemd stops it.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly MemoryStream _stdout = new();
    private readonly MemoryStream _stderr = new();
    private readonly Lock _outputLock = new();
    private readonly Task _readers;
    private ServerOutput? _output;

    private ServerProcess(ProcessSpec spec, Uri baseAddress)
    {
        CommandLine = spec.CommandLine;
        BaseAddress = baseAddress;
        _process = Process.Start(ProcessRunner.StartInfo(spec)) ?? throw new InvalidOperationException($"could not start `{spec.CommandLine}`");
        _process.StandardInput.Close();
        _readers = Task.WhenAll(
            PumpAsync(_process.StandardOutput.BaseStream, _stdout),
            PumpAsync(_process.StandardError.BaseStream, _stderr));
    }

    public Uri BaseAddress { get; }

    public string CommandLine { get; }

    public int ProcessId => _process.Id;

    /// <summary>`intake serve --data DIR --listen 127.0.0.1:PORT [more]`, returned once it answers GET /.</summary>
    public static async Task<ServerProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string?> environment, params string[] more)
    {
        // A port found free may be taken before the server binds it: try again with another.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            try
            {
                return await StartAsync(["--data", dataDirectory, "--listen", $"127.0.0.1:{port}", .. more], environment, new Uri($"http://127.0.0.1:{port}/"));
            }
            catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
            }
        }
    }

    /// <summary>
    /// `intake serve ARGUMENTS`, returned once this process has said it started and
    /// <paramref name="probe"/> answers GET / with 200.
    /// </summary>
    public static Task<ServerProcess> StartAsync(IReadOnlyList<string> serveArguments, IReadOnlyDictionary<string, string?> environment, Uri probe) =>
        StartAsync(serveArguments, environment, probe, () => new HttpClient());

    /// <summary>`intake serve --data DIR --socket PATH`, returned once GET / over the socket answers 200.</summary>
    public static Task<ServerProcess> StartOnSocketAsync(string dataDirectory, string socketPath) =>
        StartAsync(["--data", dataDirectory, "--socket", socketPath], new Dictionary<string, string?>(), new Uri("http://intake.onion/"), () => UnixSocketHttp.Client(socketPath));

    private static async Task<ServerProcess> StartAsync(IReadOnlyList<string> serveArguments, IReadOnlyDictionary<string, string?> environment, Uri probe, Func<HttpClient> clientFactory)
    {
        var spec = ProcessSpec.Dotnet(RepositoryPaths.IntakeDll, ["serve", .. serveArguments]) with { Environment = environment };
        var server = new ServerProcess(spec, probe);
        try
        {
            await server.WaitUntilServingAsync(clientFactory);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends SIGTERM, waits for a clean exit and returns everything the process printed.</summary>
    public async Task<ServerOutput> StopAsync()
    {
        if (_output is not null)
        {
            return _output;
        }
        if (!_process.HasExited)
        {
            ProcessRunner.Run(new ProcessSpec(ExternalTool.Find("kill", "procps"), ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                .EnsureSuccess();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
                throw new TimeoutException($"`{CommandLine}` did not stop within 20 s of SIGTERM and was killed");
            }
        }
        await _readers;
        _output = new ServerOutput(_process.ExitCode, _stdout.ToArray(), _stderr.ToArray());
        return _output;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        await _readers;
        _process.Dispose();
        await _stdout.DisposeAsync();
        await _stderr.DisposeAsync();
    }

    private async Task WaitUntilServingAsync(Func<HttpClient> clientFactory)
    {
        using var client = clientFactory();
        await ServeReadiness.WaitAsync(_process, CapturedText, client, BaseAddress, StartTimeout, _readers);
    }

    private string CapturedText()
    {
        lock (_outputLock)
        {
            return System.Text.Encoding.UTF8.GetString(_stdout.ToArray()) + System.Text.Encoding.UTF8.GetString(_stderr.ToArray());
        }
    }

    private async Task PumpAsync(Stream from, MemoryStream to)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer)) > 0)
        {
            lock (_outputLock)
            {
                to.Write(buffer, 0, read);
            }
        }
    }
}
