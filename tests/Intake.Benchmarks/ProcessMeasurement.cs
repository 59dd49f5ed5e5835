using System.Diagnostics;
using System.Globalization;

namespace Intake.Benchmarks;

/// <summary>An executable and its arguments.</summary>
internal sealed record Command(string FileName, IReadOnlyList<string> Arguments)
{
    public Command Append(params string[] arguments) => this with { Arguments = [.. Arguments, .. arguments] };

    public override string ToString() => string.Join(' ', [FileName, .. Arguments]);
}

/// <summary>Wall-clock time and peak resident set size of one child process.</summary>
internal readonly record struct ProcessSample(TimeSpan Elapsed, double PeakRssMib);

/// <summary>A failure the user can act on; reported without a stack trace.</summary>
internal sealed class BenchmarkException(string message) : Exception(message);

/// <summary>
/// Runs child processes under GNU time, which reports the child's own peak RSS (ru_maxrss from wait4).
/// Calling wait4 ourselves would race with .NET's Process class, which reaps its children itself, and
/// getrusage(RUSAGE_CHILDREN) only reports the largest child seen so far.
/// </summary>
internal static class ProcessMeasurement
{
    private const string GnuTime = "/usr/bin/time";

    public static void RequireInstalled(string path, string debianPackage)
    {
        if (!File.Exists(path))
        {
            throw new BenchmarkException($"{path} not found; install it with: sudo apt-get install {debianPackage}");
        }
    }

    public static void RequireGnuTime() => RequireInstalled(GnuTime, "time");

    /// <summary>
    /// Runs the command to completion with its standard output sent to /dev/null, and returns its
    /// wall-clock time and peak RSS.
    /// </summary>
    public static ProcessSample Measure(Command command, string scratchDirectory)
    {
        // GNU time writes %M (peak RSS in KiB) to its own file, so the child's stderr stays separate.
        string rssFile = Path.Combine(scratchDirectory, "peak-rss-kib.txt");

        // A shell redirects stdout, then execs the tool in the same process, so GNU time measures the tool
        // (the shell's own ~1 MiB RSS is below any tool's). Not `-o /dev/null`, which relies on each CLI
        // special-casing device files: intake-age writes -o files to a temporary file renamed over the target.
        var timed = new Command(
            GnuTime,
            ["-f", "%M", "-o", rssFile, "/bin/sh", "-c", "exec \"$@\" > /dev/null", "sh", command.FileName, .. command.Arguments]);

        var stopwatch = Stopwatch.StartNew();
        Run(timed, displayName: command.ToString());
        stopwatch.Stop();

        double peakRssKib = double.Parse(File.ReadAllText(rssFile).Trim(), CultureInfo.InvariantCulture);
        return new ProcessSample(stopwatch.Elapsed, peakRssKib / 1024);
    }

    /// <summary>Runs the command to completion, fails if it exits non-zero, and returns its standard output.</summary>
    public static string Run(Command command, string? displayName = null)
    {
        var startInfo = new ProcessStartInfo(command.FileName, command.Arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(startInfo)
            ?? throw new BenchmarkException($"could not start {command.FileName}");

        // Drain stderr concurrently so neither pipe can fill up and block the child.
        Task<string> standardError = process.StandardError.ReadToEndAsync();
        string standardOutput = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        if (process.ExitCode != 0)
        {
            throw new BenchmarkException(
                $"`{displayName ?? command.ToString()}` exited with {process.ExitCode}: {standardError.Result.Trim()}");
        }
        return standardOutput;
    }
}
