using System.Runtime.InteropServices;
using static System.FormattableString;

namespace Intake.Benchmarks;

/// <summary>Prints the results as Markdown ready to paste into the README, with the targets and whether each is met.</summary>
internal static partial class Report
{
    private const double BytesPerGigabyte = 1e9;
    private const double RssLimitMib = 64;

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static void Print(
        TextWriter output, BenchmarkOptions options, IReadOnlyList<string> args, Command intakeAge, BenchmarkResults results)
    {
        Tool age = results.Encrypt.Single(m => !m.Tool.IsOurs).Tool;

        output.WriteLine("## Performance");
        output.WriteLine();
#if DEBUG
        output.WriteLine("**Warning: Debug build; the numbers are only meaningful with `-c Release`.**");
        output.WriteLine();
#endif
        output.WriteLine(
            Invariant($"- Machine: {CpuModel()}, nproc {Nproc()}, {RuntimeInformation.OSDescription.Trim()}; CPUs {results.CpuBusyAtStart:P0} busy in the second before the run"));
        output.WriteLine($"- Versions: {RuntimeInformation.FrameworkDescription}, age {AgeVersion(age)}");
        string benchmarkArguments = args.Count == 0 ? "" : " -- " + string.Join(' ', args);
        output.WriteLine($"- Command: `dotnet run -c {Configuration} --project tests/Intake.Benchmarks{benchmarkArguments}`");
        output.WriteLine($"- intake-age launched as: `{intakeAge}`");
        output.WriteLine(Invariant(
            $"- Input: a file of {results.InputBytes >> 20} MiB of random bytes, just written so normally in the page cache; encrypted to 2 X25519 recipients; decryption reads a ciphertext written by intake-age; output to stdout redirected to /dev/null"));
        output.WriteLine(Invariant(
            $"- Throughput: plaintext GB/s (10^9 bytes/s) over the whole process, start-up included; best of {options.Runs} run(s). Peak RSS: highest of the runs (GNU time %M)."));
        output.WriteLine();

        output.WriteLine("| Operation | CLI | Throughput (GB/s) | vs age | Peak RSS (MiB) | vs age |");
        output.WriteLine("|---|---|--:|--:|--:|--:|");
        PrintThroughputRows(output, "encrypt", results.Encrypt, results.InputBytes);
        PrintThroughputRows(output, "decrypt", results.Decrypt, results.InputBytes);
        output.WriteLine();
        output.WriteLine("Process start-up (encrypting an empty file, best time): " + string.Join(", ",
            results.StartUp.Select(m => Invariant($"`{m.Tool.Name}` {m.BestTime.TotalMilliseconds:F0} ms"))) + ".");
        output.WriteLine();

        PrintHeaderCost(output, options, results.HeaderCost);
        PrintTargets(output, results);
    }

    private static void PrintThroughputRows(
        TextWriter output, string operation, IReadOnlyList<ToolMeasurement> measurements, long inputBytes)
    {
        ToolMeasurement age = measurements.Single(m => !m.Tool.IsOurs);
        foreach (ToolMeasurement m in measurements)
        {
            double gigabytesPerSecond = inputBytes / m.BestTime.TotalSeconds / BytesPerGigabyte;
            output.WriteLine(Invariant(
                $"| {operation} | `{m.Tool.Name}` | {gigabytesPerSecond:F2} | {SpeedRatio(m, age):F2}× | {m.PeakRssMib:F1} | {m.PeakRssMib / age.PeakRssMib:F2}× |"));
        }
    }

    private static void PrintHeaderCost(TextWriter output, BenchmarkOptions options, IReadOnlyList<HeaderCostResult> headerCost)
    {
        output.WriteLine(Invariant(
            $"Header cost: a {HeaderCost.PlaintextBytes / 1024} KiB file to {HeaderCost.RecipientCount} recipients, `AgeEncryptor.Encrypt` in a loop in-process for {options.HeaderCostDuration.TotalSeconds} s:"));
        output.WriteLine();
        output.WriteLine("| Recipient type | Files/s | vs X25519 | Header size (bytes) |");
        output.WriteLine("|---|--:|--:|--:|");
        HeaderCostResult x25519 = headerCost[0];
        foreach (HeaderCostResult result in headerCost)
        {
            output.WriteLine(Invariant(
                $"| {result.RecipientType} | {result.FilesPerSecond:N0} | {result.FilesPerSecond / x25519.FilesPerSecond:F2}× | {result.HeaderBytes:N0} |"));
        }
        output.WriteLine();
    }

    private static void PrintTargets(TextWriter output, BenchmarkResults results)
    {
        double oursPeakRss = results.Encrypt.Concat(results.Decrypt).Where(m => m.Tool.IsOurs).Max(m => m.PeakRssMib);
        (string Target, string Measured, bool Met)[] targets =
        [
            RatioTarget("Encrypt, parallel ≥ 1.75× age", results.Encrypt, Implementation.OursParallel, 1.75),
            RatioTarget("Decrypt, parallel ≥ 2.5× age", results.Decrypt, Implementation.OursParallel, 2.5),
            RatioTarget("Encrypt, sequential ≥ 1.1× age", results.Encrypt, Implementation.OursSequential, 1.1),
            RatioTarget("Decrypt, sequential ≥ 1.1× age", results.Decrypt, Implementation.OursSequential, 1.1),
            (Invariant($"Peak RSS of intake-age ≤ {RssLimitMib:F0} MiB"), Invariant($"{oursPeakRss:F1} MiB"), oursPeakRss <= RssLimitMib),
        ];

        output.WriteLine("| Target | Measured | Met |");
        output.WriteLine("|---|--:|---|");
        foreach (var (target, measured, met) in targets)
        {
            output.WriteLine($"| {target} | {measured} | {(met ? "yes" : "**no**")} |");
        }
    }

    private static (string Target, string Measured, bool Met) RatioTarget(
        string target, IReadOnlyList<ToolMeasurement> measurements, Implementation ours, double required)
    {
        double ratio = SpeedRatio(
            measurements.Single(m => m.Tool.Implementation == ours), measurements.Single(m => !m.Tool.IsOurs));
        return (target, Invariant($"{ratio:F2}×"), ratio >= required);
    }

    /// <summary>Throughput of <paramref name="measurement"/> relative to age's (same input, so a time ratio).</summary>
    private static double SpeedRatio(ToolMeasurement measurement, ToolMeasurement age) =>
        age.BestTime / measurement.BestTime;

    private static string CpuModel() =>
        File.ReadLines("/proc/cpuinfo")
            .FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))
            ?.Split(':', 2)[1].Trim() ?? "unknown CPU";

    private static string Nproc() => ProcessMeasurement.Run(new Command("nproc", [])).Trim();

    private static string AgeVersion(Tool age) => ProcessMeasurement.Run(age.Command.Append("--version")).Trim();
}
