using System.Runtime.InteropServices;
using static System.FormattableString;

namespace Intake.Benchmarks;

/// <summary>The `server` mode's report.</summary>
internal static partial class Report
{
    private const double BytesPerMegabyte = 1e6;
    private const double ServerRssLimitMib = 192;

    public static void PrintServer(TextWriter output, BenchmarkOptions options, IReadOnlyList<string> args, ServerResults results)
    {
        output.WriteLine("## Upload performance");
        output.WriteLine();
#if DEBUG
        output.WriteLine("**Warning: Debug build; the numbers are only meaningful with `-c Release`.**");
        output.WriteLine();
#endif
        output.WriteLine(
            $"- Machine: {CpuModel()}, nproc {Nproc()}, {RuntimeInformation.OSDescription.Trim()}; load average {results.LoadAverageAtStart} at start");
        output.WriteLine(
            $"- Versions: {RuntimeInformation.FrameworkDescription}, age {results.AgeVersion}, onionshare-cli {results.OnionShareVersion ?? "not measured"}, {CurlVersion()}");
        output.WriteLine($"- Command: `dotnet run -c {Configuration} --project tests/Intake.Benchmarks -- {string.Join(' ', args)}`");
        output.WriteLine(Invariant(
            $"- Input: one file of {results.InputBytes >> 20} MiB of random bytes, just written so normally in the page cache; one X25519 recipient; uploads are one multipart POST by curl over 127.0.0.1, to a server started fresh with an empty data directory"));
        output.WriteLine(Invariant(
            $"- Throughput: MB/s (10^6 bytes/s) of the file, wall time of the upload (curl until the response) or of the whole age process; best of {options.Runs} run(s). Peak RSS: the server's VmHWM read from /proc right after the upload (age: GNU time %M); highest of the runs."));
        output.WriteLine();

        output.WriteLine("| Tool | Stores | Throughput (MB/s) | Peak RSS (MiB) |");
        output.WriteLine("|---|---|--:|--:|");
        foreach (ServerMeasurement row in results.Rows)
        {
            string throughput = row.BestTime is { } time ? Invariant($"{results.InputBytes / time.TotalSeconds / BytesPerMegabyte:F0}") : "skipped";
            string rss = row.PeakRssMib is { } mib ? Invariant($"{mib:F1}") : "skipped";
            output.WriteLine($"| {row.Tool} | {row.Stores} | {throughput} | {rss} |");
        }
        output.WriteLine();
        foreach (ServerMeasurement row in results.Rows)
        {
            output.WriteLine($"- {row.Tool}: `{row.CommandLine}`" + (row.SkippedBecause is null ? "" : $" — skipped: {row.SkippedBecause}"));
        }
        output.WriteLine();
        output.WriteLine("OnionShare writes the received files as plaintext to its data directory; intake stores only age ciphertext, encrypted while the upload streams in.");
        output.WriteLine();

        double intakeRss = results.Intake.PeakRssMib ?? double.NaN;
        bool met = intakeRss < ServerRssLimitMib;
        output.WriteLine("| Target | Measured | Met |");
        output.WriteLine("|---|--:|---|");
        output.WriteLine(Invariant(
            $"| Peak RSS of `intake serve` during a {results.InputBytes >> 20} MiB upload < {ServerRssLimitMib:F0} MiB | {intakeRss:F1} MiB | {(met ? "yes" : "**no**")} |"));
    }

    private static string CurlVersion() =>
        ProcessMeasurement.Run(new Command(ServerUpload.Curl, ["--version"])).Split('\n')[0].Split(' ', 3) is [var name, var version, ..]
            ? $"{name} {version}"
            : "curl";
}
