using System.Runtime.InteropServices;
using static System.FormattableString;

namespace Intake.Benchmarks;

/// <summary>The `import` mode's report.</summary>
internal static partial class Report
{
    // The project's target for `review import`: 10,000 testimonies in under 10 s.
    private const int ImportTargetTestimonies = 10_000;
    private static readonly TimeSpan ImportTarget = TimeSpan.FromSeconds(10);

    public static void PrintImport(TextWriter output, BenchmarkOptions options, IReadOnlyList<string> args, ImportResults results)
    {
        ImportBundle bundle = results.Bundle;
        output.WriteLine("## Import performance");
        output.WriteLine();
#if DEBUG
        output.WriteLine("**Warning: Debug build; the numbers are only meaningful with `-c Release`.**");
        output.WriteLine();
#endif
        output.WriteLine(Invariant(
            $"- Machine: {CpuModel()}, nproc {Nproc()}, {RuntimeInformation.OSDescription.Trim()}; CPUs {results.CpuBusyAtStart:P0} busy in the second before the run, load average {results.LoadAverageAtStart} at the start and {results.LoadAverageAtEnd} at the end"));
        output.WriteLine($"- Versions: {RuntimeInformation.FrameworkDescription}, {results.PeerVersions}");
        output.WriteLine($"- Command: `dotnet run -c {Configuration} --project tests/Intake.Benchmarks -- {string.Join(' ', args)}`");
        output.WriteLine($"- review launched as: `{results.Review}`");
        if (results.StaleWarning is not null)
        {
            output.WriteLine($"- **Warning: {results.StaleWarning}.**");
        }
        output.WriteLine(Invariant(
            $"- Input: one signed export bundle (sequence 1) of {bundle.Testimonies:N0} testimonies, {bundle.BundleBytes / 1e6:F1} MB: each one part, an answers document of the default questionnaire in Spanish ({bundle.PlaintextBytes / bundle.Testimonies:N0} bytes on average, the narrative padded to ~4 KiB), encrypted to {ImportBundle.RecipientCount} ML-KEM-768 + X25519 recipients; the workspace's identity is stanza {ImportBundle.WorkspaceRecipientPosition} of {ImportBundle.RecipientCount} (typage tries stanzas in order, so {ImportBundle.WorkspaceRecipientPosition} decapsulations per file; `review` remembers which stanza opened the previous part, so 1). Generated untimed and cached under artifacts/bench-import/."));
        output.WriteLine(Invariant(
            $"- `review import BUNDLE --workspace W --passphrase-file P`: into a workspace made fresh before each run by `review init`, `review identity add`, `review trust-server` (untimed, {results.Setup.TotalSeconds:F1} s); the timed process unlocks the workspace and identity (passphrase KDFs), verifies the signature and every part's SHA-256, decrypts, indexes and stores every testimony. Workspace under $TMPDIR."));
        output.WriteLine(
            "- typage: `node tests/Intake.Benchmarks/typage-decrypt.mjs BUNDLE IDENTITY`, one process reading the bundle's parts one by one and decrypting each with `Decrypter.decrypt`; no signature or hash check, no index, no storage: a decrypt-only floor, single-threaded as JavaScript is.");
        output.WriteLine(Invariant(
            $"- Wall time of the whole process, start-up included, best of {options.Runs} run(s), interleaved; CPU time user + system over all threads (GNU time %U + %S), the lowest of the runs, less sensitive than wall time to other work on the machine (though not immune: shared cores and caches slow every instruction); peak RSS the highest of the runs (GNU time %M)."));
        output.WriteLine();

        output.WriteLine("| Process | Work | Wall time (s) | Testimonies/s | CPU time (s) | Peak RSS (MiB) | All runs: wall (s), CPUs busy with other work |");
        output.WriteLine("|---|---|--:|--:|--:|--:|---|");
        PrintImportRow(output, "`review import`", "unlock, verify, decrypt, index, store", results.Import, bundle.Testimonies);
        PrintImportRow(output, "`review import`, a 1-testimony bundle", "the same: start-up and unlock dominate", results.FixedCost, null);
        PrintImportRow(output, "typage (node)", "decrypt only", results.Peer, bundle.Testimonies);
        output.WriteLine();
        // Fixed cost against cost per testimony, from the two bundle sizes: where the time goes.
        TimeSpan fixedWall = results.FixedCost.Min(sample => sample.Elapsed);
        TimeSpan fixedCpu = results.FixedCost.Min(sample => sample.Cpu);
        int more = Math.Max(1, bundle.Testimonies - 1);
        TimeSpan perTestimonyWall = (results.ImportTime - fixedWall) / more;
        TimeSpan perTestimonyCpu = (results.Import.Min(sample => sample.Cpu) - fixedCpu) / more;
        output.WriteLine(Invariant(
            $"Where the import's time goes: {fixedWall.TotalSeconds:F2} s ({fixedCpu.TotalSeconds:F2} s CPU) is paid by any import (process start-up, the Argon2id and scrypt unlocks, opening the database), then {perTestimonyWall.TotalMilliseconds:F3} ms per testimony ({perTestimonyCpu.TotalMilliseconds:F3} ms CPU), against typage's {results.PeerTime.TotalMilliseconds / bundle.Testimonies:F3} ms ({results.Peer.Min(sample => sample.Cpu).TotalMilliseconds / bundle.Testimonies:F3} ms CPU) per part."));
        output.WriteLine();
        double importRss = results.Import.Max(sample => sample.PeakRssMib);
        double fixedRss = results.FixedCost.Max(sample => sample.PeakRssMib);
        output.WriteLine(Invariant(
            $"Peak RSS: {importRss:F0} MiB, of which a 1-testimony import already reaches {fixedRss:F0} MiB (the passphrase KDFs' working memory: Argon2id and scrypt, one after the other); {bundle.Testimonies:N0} testimonies add {importRss - fixedRss:F0} MiB."));
        output.WriteLine();
        double ratio = results.ImportTime / results.PeerTime;
        string comparison = ratio < 1 ? Invariant($"{1 / ratio:F1}× faster than") : Invariant($"{ratio:F1}× slower than");
        double cpuRatio = results.Import.Min(sample => sample.Cpu) / results.Peer.Min(sample => sample.Cpu);
        output.WriteLine(Invariant(
            $"Ratio: `review import` takes **{ratio:F2}×** typage's decrypt-only wall time, {comparison} the peer that only decrypts; in CPU time, {cpuRatio:F2}×."));
        output.WriteLine();

        output.WriteLine("| Target | Measured | Met |");
        output.WriteLine("|---|--:|---|");
        string measured = Invariant($"{results.ImportTime.TotalSeconds:F2} s");
        string met = bundle.Testimonies != ImportTargetTestimonies
            ? Invariant($"not applicable: {bundle.Testimonies:N0} testimonies measured")
            : results.ImportTime < ImportTarget ? "yes" : "**no**";
        output.WriteLine(Invariant(
            $"| `review import` of {ImportTargetTestimonies:N0} testimonies < {ImportTarget.TotalSeconds:F0} s | {measured} | {met} |"));
    }

    private static void PrintImportRow(TextWriter output, string process, string work, IReadOnlyList<CpuTimedSample> samples, int? testimonies)
    {
        TimeSpan best = samples.Min(sample => sample.Elapsed);
        TimeSpan cpu = samples.Min(sample => sample.Cpu);
        string all = string.Join(", ", samples.Select(sample => Invariant($"{sample.Elapsed.TotalSeconds:F2} ({sample.OthersBusy:P0})")));
        string rate = testimonies is { } count ? Invariant($"{count / best.TotalSeconds:N0}") : "–";
        output.WriteLine(Invariant(
            $"| {process} | {work} | {best.TotalSeconds:F2} | {rate} | {cpu.TotalSeconds:F2} | {samples.Max(sample => sample.PeakRssMib):F1} | {all} |"));
    }
}
