using System.Diagnostics;

namespace Intake.Testing;

/// <summary>
/// Runs a program to completion, streaming stdin from the caller and stdout to a sink or to
/// memory, stderr as text. A program that outlives its timeout is killed with its children,
/// and the test fails rather than hangs.
/// </summary>
public static class ProcessRunner
{
    /// <summary>Runs a program with the given stdin bytes.</summary>
    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, byte[] stdin) =>
        Run(new ProcessSpec(fileName, [.. arguments]) { Stdin = input => input.WriteAsync(stdin).AsTask() });

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
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            // A child that kept the pipes open after the program exited would hang the reads: bound them too.
            await Task.WhenAll(stdout, stderr, stdin).WaitAsync(timeout.Token).ConfigureAwait(false);
            return new ProcessResult(spec.CommandLine, process.ExitCode, captured.ToArray(), await stderr.ConfigureAwait(false));
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
                await process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The redirected start info for a spec, for callers that manage a long-running process themselves.</summary>
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
                await write(stdin).ConfigureAwait(false);
            }
            stdin.Close();
        }
        catch (IOException)
        {
        }
    }
}
