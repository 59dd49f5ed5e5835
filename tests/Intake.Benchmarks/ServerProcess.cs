using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Intake.Benchmarks;

/// <summary>
/// A long-running server started as a child process, its output drained and kept for error messages.
/// Dispose kills it and its children.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private const int KeptOutputChars = 4000;

    private readonly Process process;
    private readonly StringBuilder output = new();

    private readonly Action<string>? onLine;

    private ServerProcess(Process process, string displayName, Action<string>? onLine)
    {
        this.process = process;
        this.onLine = onLine;
        DisplayName = displayName;
    }

    public string DisplayName { get; }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <param name="onLine">Called with every line the server prints on stdout or stderr, on a thread-pool thread.</param>
    public static ServerProcess Start(
        Command command, IReadOnlyDictionary<string, string>? environment = null, Action<string>? onLine = null)
    {
        var startInfo = new ProcessStartInfo(command.FileName, command.Arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }
        Process process = Process.Start(startInfo) ?? throw new BenchmarkException($"could not start {command.FileName}");
        var server = new ServerProcess(process, command.ToString(), onLine);
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>The last few thousand characters the server printed.</summary>
    public string OutputTail()
    {
        lock (output)
        {
            return output.ToString().Trim();
        }
    }

    /// <summary>Peak resident set size so far, VmHWM from /proc/PID/status, in MiB.</summary>
    public double PeakRssMib()
    {
        string? line = File.ReadLines($"/proc/{process.Id}/status")
            .FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            ?? throw new BenchmarkException($"no VmHWM in /proc/{process.Id}/status");
        string kib = line["VmHWM:".Length..].Trim().Split(' ')[0];
        return double.Parse(kib, CultureInfo.InvariantCulture) / 1024;
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        process.Dispose();
    }

    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
            if (output.Length > 2 * KeptOutputChars)
            {
                output.Remove(0, output.Length - KeptOutputChars);
            }
        }
        onLine?.Invoke(line);
    }
}
