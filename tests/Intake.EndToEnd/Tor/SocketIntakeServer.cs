using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Intake.EndToEnd.Tor;

/// <summary>
/// `intake serve --data DIR --socket DIR/intake.sock` as a real process: the binding the onion
/// service forwards to in a deployment. Ready once it says it started and GET / over the
/// socket answers 200. Disposing it kills the process.
/// </summary>
public sealed class SocketIntakeServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _outputLock = new();

    private SocketIntakeServer(Process process, string socketPath)
    {
        _process = process;
        SocketPath = socketPath;
    }

    public string SocketPath { get; }

    public int ProcessId => _process.Id;

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

    public static async Task<SocketIntakeServer> StartAsync(string dataDirectory, string socketPath)
    {
        var spec = ProcessSpec.Dotnet(RepositoryPaths.IntakeDll, ["serve", "--data", dataDirectory, "--socket", socketPath]) with
        {
            // The test host's own ASP.NET settings must not leak into the server.
            Environment = new Dictionary<string, string?>
            {
                ["ASPNETCORE_URLS"] = null,
                ["ASPNETCORE_ENVIRONMENT"] = null,
                ["DOTNET_ENVIRONMENT"] = null,
            },
        };
        var process = new Process { StartInfo = ProcessRunner.StartInfo(spec) };
        var server = new SocketIntakeServer(process, socketPath);
        process.OutputDataReceived += (_, line) => server.Append(line.Data);
        process.ErrorDataReceived += (_, line) => server.Append(line.Data);
        try
        {
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    // An HTTP client whose every connection goes to this server's Unix socket.
    private HttpClient CreateClient() => new(new SocketsHttpHandler { ConnectCallback = ConnectAsync })
    {
        BaseAddress = new Uri("http://intake.local/"),
        Timeout = TimeSpan.FromSeconds(5),
    };

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

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(SocketPath), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"`intake serve` exited with {_process.ExitCode} before it answered. Its output:\n{Output}");
            }
            if (Output.Contains("Application started.", StringComparison.Ordinal) && File.Exists(SocketPath))
            {
                try
                {
                    using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"`intake serve` did not answer on {SocketPath} within {StartTimeout.TotalSeconds} s. Its output:\n{Output}");
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
}
