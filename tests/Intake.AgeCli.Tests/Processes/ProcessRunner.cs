using System.Diagnostics;

namespace Intake.AgeCli.Tests.Processes;

/// <summary>
/// Runs one program to completion with the given stdin bytes, capturing stdout as bytes and
/// stderr as text. A process that outlives its timeout is killed with its children, and the
/// test fails rather than hangs.
/// </summary>
public static class ProcessRunner
{
    // Generous for 10 MiB on two busy cores; a hung prompt or deadlock ends here.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, byte[] stdin)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        var commandLine = CommandLine(fileName, startInfo.ArgumentList);

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"could not start `{commandLine}`");
        try
        {
            var stdout = ReadAllAsync(process.StandardOutput.BaseStream);
            var stderr = process.StandardError.ReadToEndAsync();
            var input = WriteAndCloseAsync(process.StandardInput, stdin);

            // A child that kept the pipes open after the program exited would hang the reads: bound them too.
            if (!process.WaitForExit(Timeout) || !Task.WaitAll([stdout, stderr, input], Timeout))
            {
                throw new TimeoutException($"`{commandLine}` did not finish within {Timeout.TotalSeconds} s and was killed");
            }
            return new ProcessResult(commandLine, process.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    // A program may exit (e.g. on an error) before reading all of its stdin; the broken
    // pipe that follows is its business, not a test failure.
    private static async Task WriteAndCloseAsync(StreamWriter stdin, byte[] bytes)
    {
        try
        {
            await stdin.BaseStream.WriteAsync(bytes);
            stdin.Close();
        }
        catch (IOException)
        {
        }
    }

    private static string CommandLine(string fileName, IEnumerable<string> arguments) =>
        string.Join(' ', arguments.Prepend(fileName).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"'{a}'" : a));
}
