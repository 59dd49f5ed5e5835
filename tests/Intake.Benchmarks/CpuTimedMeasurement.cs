using System.Diagnostics;
using System.Globalization;

namespace Intake.Benchmarks;

/// <summary>A <see cref="ProcessSample"/> plus the CPU time the process used (user + system, all threads).</summary>
internal readonly record struct CpuTimedSample(TimeSpan Elapsed, TimeSpan Cpu, double PeakRssMib);

/// <summary>
/// <see cref="ProcessMeasurement.Measure"/> that also asks GNU time for the CPU seconds: on a machine that is
/// busy with other work the wall time says little, while the CPU time of a process barely moves.
/// </summary>
internal static class CpuTimedMeasurement
{
    private const string GnuTime = "/usr/bin/time";

    public static CpuTimedSample Measure(Command command, string scratchDirectory)
    {
        string usageFile = Path.Combine(scratchDirectory, "usage.txt");
        // As in ProcessMeasurement: the shell redirects stdout and execs the tool, so GNU time measures the tool.
        var timed = new Command(
            GnuTime,
            ["-f", "%U %S %M", "-o", usageFile, "/bin/sh", "-c", "exec \"$@\" > /dev/null", "sh", command.FileName, .. command.Arguments]);

        var stopwatch = Stopwatch.StartNew();
        ProcessMeasurement.Run(timed, displayName: command.ToString());
        stopwatch.Stop();

        double[] usage = [.. File.ReadAllText(usageFile).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(field => double.Parse(field, CultureInfo.InvariantCulture))];
        return new CpuTimedSample(stopwatch.Elapsed, TimeSpan.FromSeconds(usage[0] + usage[1]), usage[2] / 1024);
    }
}
