using System.Diagnostics;

namespace Intake.Server.Tests.Support;

/// <summary>How to run one program to completion.</summary>
internal sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Writes the program's stdin (which is then closed); none means an empty stdin.</summary>
    public Func<Stream, Task>? Stdin { get; init; }

    /// <summary>Where stdout goes instead of memory, for outputs too large to hold (a hash, say).</summary>
    public Stream? StdoutSink { get; init; }

    /// <summary>Variables to set (or, with a null value, to remove) in the program's environment.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public string CommandLine =>
        string.Join(' ', Arguments.Prepend(FileName).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"'{a}'" : a));
}

/// <summary>
/// Runs a program to completion, streaming stdin from the caller and stdout to a sink or to
/// memory, stderr as text. A program that outlives its timeout is killed with its children,
/// and the test fails rather than hangs.
/// </summary>
internal static class ProcessRunner
{
    public static ProcessResult Run(ProcessSpec spec) => RunAsync(spec).GetAwaiter().GetResult();

    public static async Task<ProcessResult> RunAsync(ProcessSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var process = Process.Start(StartInfo(spec))
            ?? throw new InvalidOperationException($"could not start `{spec.CommandLine}`");
        using var timeout = new CancellationTokenSource(spec.Timeout);
        try
        {
            using var captured = new MemoryStream();
            var stdout = process.StandardOutput.BaseStream.CopyToAsync(spec.StdoutSink ?? captured, timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            var stdin = WriteAndCloseAsync(process.StandardInput.BaseStream, spec.Stdin);
            await process.WaitForExitAsync(timeout.Token);
            await Task.WhenAll(stdout, stderr, stdin).WaitAsync(timeout.Token);
            return new ProcessResult(spec.CommandLine, process.ExitCode, captured.ToArray(), await stderr);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"`{spec.CommandLine}` did not finish within {spec.Timeout.TotalSeconds} s and was killed");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    public static ProcessStartInfo StartInfo(ProcessSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var startInfo = new ProcessStartInfo(spec.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in spec.Environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }
        return startInfo;
    }

    // A program may exit (on an error, say) before reading all of its stdin; the broken
    // pipe that follows is its business, and its exit code tells the test what happened.
    private static async Task WriteAndCloseAsync(Stream stdin, Func<Stream, Task>? write)
    {
        try
        {
            if (write is not null)
            {
                await write(stdin);
            }
            stdin.Close();
        }
        catch (IOException)
        {
        }
    }
}
