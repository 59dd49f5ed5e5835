using System.Globalization;

namespace Intake.Benchmarks;

/// <summary>
/// How busy the machine's CPUs are. Other work (builds, tests) skews the numbers, especially with few cores,
/// and the load average lags too much to tell: it stays high for minutes after a build.
/// </summary>
internal static class CpuLoad
{
    /// <summary>Fraction (0 to 1) of all CPUs' time spent busy over <paramref name="window"/>.</summary>
    public static double MeasureBusy(TimeSpan window)
    {
        (long busyBefore, long totalBefore) = ReadTicks();
        Thread.Sleep(window);
        (long busyAfter, long totalAfter) = ReadTicks();
        return (double)(busyAfter - busyBefore) / Math.Max(1, totalAfter - totalBefore);
    }

    private static (long Busy, long Total) ReadTicks()
    {
        // First line of /proc/stat: "cpu  user nice system idle iowait irq softirq steal ...", in clock ticks.
        long[] ticks = [.. File.ReadLines("/proc/stat").First()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Take(8)
            .Select(field => long.Parse(field, CultureInfo.InvariantCulture))];
        long idle = ticks[3] + ticks[4];
        return (ticks.Sum() - idle, ticks.Sum());
    }
}
