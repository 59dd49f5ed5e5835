using System.Diagnostics;
using System.Globalization;

namespace Intake.Benchmarks;

/// <summary>
/// A <see cref="ProcessSample"/> plus the CPU time the process used (user + system, all threads) and how busy
/// the machine's CPUs were meanwhile with everything else (0 to 1 of all CPUs).
/// </summary>
internal readonly record struct CpuTimedSample(TimeSpan Elapsed, TimeSpan Cpu, double PeakRssMib, double OthersBusy);

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

        (long busyBefore, long totalBefore) = ReadTicks();
        var stopwatch = Stopwatch.StartNew();
        ProcessMeasurement.Run(timed, displayName: command.ToString());
        stopwatch.Stop();
        (long busyAfter, long totalAfter) = ReadTicks();

        double[] usage = [.. File.ReadAllText(usageFile).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(field => double.Parse(field, CultureInfo.InvariantCulture))];
        var cpu = TimeSpan.FromSeconds(usage[0] + usage[1]);
        // Busy ticks of the whole machine, less the process's own share of all CPUs' ticks.
        long ticks = Math.Max(1, totalAfter - totalBefore);
        double machineBusy = (double)(busyAfter - busyBefore) / ticks;
        double ownShare = cpu.TotalSeconds / (stopwatch.Elapsed.TotalSeconds * Environment.ProcessorCount);
        return new CpuTimedSample(stopwatch.Elapsed, cpu, usage[2] / 1024, Math.Clamp(machineBusy - ownShare, 0, 1));
    }

    // As CpuLoad reads them: the first line of /proc/stat, "cpu  user nice system idle iowait irq softirq steal ...".
    private static (long Busy, long Total) ReadTicks()
    {
        long[] ticks = [.. File.ReadLines("/proc/stat").First()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Take(8)
            .Select(field => long.Parse(field, CultureInfo.InvariantCulture))];
        long idle = ticks[3] + ticks[4];
        return (ticks.Sum() - idle, ticks.Sum());
    }
}
