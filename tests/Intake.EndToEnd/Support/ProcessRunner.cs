using System.Diagnostics;

namespace Intake.EndToEnd.Support;

/// <summary>What a finished program left behind.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string Stdout, string Stderr)
{
    public ProcessResult EnsureSuccess()
    {
        Assert.True(ExitCode == 0, $"`{CommandLine}` exited with {ExitCode}; stderr: {Stderr.Trim()}; stdout: {Stdout.Trim()}");
        return this;
    }
}

/// <summary>Runs a program to completion; one that hangs is killed and the test fails instead of hanging.</summary>
public static class ProcessRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Runs `dotnet DLL ARGUMENTS…`.</summary>
    public static ProcessResult RunDotnet(string dll, params string[] arguments) =>
        Run(RepositoryPaths.DotnetHost, [dll, .. arguments]);

    public static ProcessResult Run(string fileName, IReadOnlyList<string> arguments)
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
        var commandLine = string.Join(' ', arguments.Prepend(fileName));
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start `{commandLine}`.");
        try
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout) || !Task.WaitAll([stdout, stderr], Timeout))
            {
                throw new TimeoutException($"`{commandLine}` did not finish within {Timeout.TotalSeconds} s and was killed.");
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
}
