using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Intake.EndToEnd.Support;

/// <summary>
/// `intake serve --data DIR --listen 127.0.0.1:PORT` as a real process on a free loopback
/// port, or `--socket PATH` as a deployment runs it behind Tor. Disposing it kills the process
/// (and anything it started), whatever the test did.
/// </summary>
public sealed class IntakeServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _outputLock = new();

    private readonly Func<HttpClient> _clientFactory;

    private IntakeServer(Process process, Uri baseAddress, string dataDirectory, Func<HttpClient> clientFactory)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        _clientFactory = clientFactory;
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "intake.db");

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the server printed so far (it logs no request data).</summary>
    public string Output
    {
        get
        {
            lock (_outputLock)
            {
                return _output.ToString();
            }
        }
    }

    public Uri Url(string pathAndQuery) => new(BaseAddress, pathAndQuery);

    /// <summary>
    /// Creates the data directory with the DEMO reviewer key as the only recipient, the way an
    /// operator does: `intake recipients add KEY --label DEMO --data DIR`.
    /// </summary>
    public static void PrepareDataDirectory(string dataDirectory) =>
        IntakePrograms.Intake("recipients", "add", DemoKey.Recipient, "--label", "DEMO", "--data", dataDirectory)
            .EnsureSuccess();

    /// <summary>Starts the server and waits until it says it started and GET / answers 200.</summary>
    /// <param name="environment">Extra environment variables, e.g. Intake__MaxConcurrentUploads.</param>
    public static async Task<IntakeServer> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        // A port found free may be taken before the server binds it: try again with another.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var server = Launch(dataDirectory, ["--listen", $"127.0.0.1:{port}"], new Uri($"http://127.0.0.1:{port}/"), () => new HttpClient(), environment);
            try
            {
                await server.WaitUntilReadyAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3 && server.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Starts the server on a Unix socket and waits until it says it started and GET / over the socket answers 200.</summary>
    public static async Task<IntakeServer> StartOnSocketAsync(string dataDirectory, string socketPath)
    {
        var server = Launch(dataDirectory, ["--socket", socketPath], new Uri("http://intake.onion/"), () => UnixSocketHttp.Client(socketPath), null);
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Ends the server the way a power cut or the OOM killer would: Process.Kill sends SIGKILL
    /// (kill -9) on Unix, so no shutdown code, finally block or SQLite close runs.
    /// </summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static IntakeServer Launch(
        string dataDirectory, string[] binding, Uri baseAddress, Func<HttpClient> clientFactory, IReadOnlyDictionary<string, string>? environment)
    {
        var startInfo = new ProcessStartInfo(RepositoryPaths.DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { RepositoryPaths.IntakeDll, "serve", "--data", dataDirectory }.Concat(binding))
        {
            startInfo.ArgumentList.Add(argument);
        }
        // The test host's own ASP.NET settings must not leak into the server.
        startInfo.Environment.Remove("ASPNETCORE_URLS");
        startInfo.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        startInfo.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }
        var process = new Process { StartInfo = startInfo };
        var server = new IntakeServer(process, baseAddress, dataDirectory, clientFactory);
        process.OutputDataReceived += (_, line) => server.Append(line.Data);
        process.ErrorDataReceived += (_, line) => server.Append(line.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = _clientFactory();
        await ServeReadiness.WaitAsync(_process, () => Output, client, BaseAddress, StartTimeout);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_outputLock)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
