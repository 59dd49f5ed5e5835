using System.Diagnostics;
using System.Text.Json;
using static System.FormattableString;

namespace Intake.Benchmarks;

/// <summary>Everything the import report prints; times are each process's wall time, run by run.</summary>
internal sealed record ImportResults(
    double CpuBusyAtStart,
    string LoadAverageAtStart,
    string LoadAverageAtEnd,
    ImportBundle Bundle,
    Command Review,
    string? StaleWarning,
    string PeerVersions,
    IReadOnlyList<CpuTimedSample> Import,
    IReadOnlyList<CpuTimedSample> FixedCost,
    IReadOnlyList<CpuTimedSample> Peer,
    TimeSpan Setup)
{
    public TimeSpan ImportTime => Import.Min(sample => sample.Elapsed);

    public TimeSpan PeerTime => Peer.Min(sample => sample.Elapsed);
}

/// <summary>
/// The `import` mode: `review import` of one signed bundle of small testimonies into a fresh workspace,
/// against typage decrypting the same parts in one node process (a decrypt-only floor).
/// </summary>
internal static class ImportBenchmark
{
    public const int DefaultTestimonies = 10_000;

    public static void Run(BenchmarkOptions options, IReadOnlyList<string> args)
    {
        ProcessMeasurement.RequireGnuTime();
        string root = RepositoryRoot.Find();
        var review = ReviewTool.Locate(options.ReviewPath, root);
        Command peer = TypagePeer.Locate(root);
        string? stale = review.StaleWarning(root);
        if (stale is not null)
        {
            Progress("Warning: " + stale);
        }
        string cache = Path.Combine(root, "artifacts", "bench-import");
        var bundle = ImportBundle.LoadOrGenerate(cache, options.Testimonies, Progress);
        // One testimony: what every import pays whatever its size (start-up, passphrase KDFs, opening the database).
        var single = ImportBundle.LoadOrGenerate(cache, 1, Progress);

        string loadAverageAtStart = LoadAverage();
        double cpuBusyAtStart = CpuLoad.MeasureBusy(TimeSpan.FromSeconds(1));
        string scratch = Directory.CreateTempSubdirectory("intake-bench-import-").FullName;
        try
        {
            string passphraseFile = Path.Combine(scratch, "passphrase.txt");
            File.WriteAllText(passphraseFile, "correct horse battery staple, benchmark only\n");
            var import = new List<CpuTimedSample>();
            var fixedCost = new List<CpuTimedSample>();
            var typage = new List<CpuTimedSample>();
            var setup = TimeSpan.MaxValue;
            // Interleaved, one of each per round, so drift (page cache, thermal, neighbours) hits all alike.
            for (int run = 1; run <= options.Runs; run++)
            {
                string round = $"Run {run}/{options.Runs}";
                var workspace = new ReviewWorkspacePaths(Path.Combine(scratch, $"workspace-{run}"), passphraseFile);
                Progress($"{round}: review import of {bundle.Testimonies:N0} testimonies into a fresh workspace ...");
                (CpuTimedSample sample, TimeSpan setUp) = MeasureImport(review, workspace, bundle, check: run == 1);
                import.Add(sample);
                setup = Min(setup, setUp);

                Progress($"{round}: review import of 1 testimony into a fresh workspace ...");
                fixedCost.Add(MeasureImport(review, workspace with { Directory = workspace.Directory + "-single" }, single, check: false).Sample);

                Progress($"{round}: typage decrypting {bundle.Testimonies:N0} parts in node ...");
                typage.Add(CpuTimedMeasurement.Measure(TypagePeer.Decrypt(peer, bundle), scratch));
                Progress(Describe(typage[^1]));
            }

            var results = new ImportResults(
                cpuBusyAtStart, loadAverageAtStart, LoadAverage(), bundle, review.Command, stale, TypagePeer.Versions(root), import, fixedCost, typage, setup);
            Report.PrintImport(Console.Out, options, args, results);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>
    /// Sets up a new workspace holding the bundle's identity and trusting its server key (untimed), measures
    /// `review import` into it, and deletes it. Returns the import's sample and how long the setup took.
    /// </summary>
    private static (CpuTimedSample Sample, TimeSpan SetUp) MeasureImport(
        ReviewTool review, ReviewWorkspacePaths workspace, ImportBundle bundle, bool check)
    {
        var stopwatch = Stopwatch.StartNew();
        ProcessMeasurement.Run(review.Init(workspace));
        ProcessMeasurement.Run(review.IdentityAdd(workspace, bundle.IdentityFile));
        ProcessMeasurement.Run(review.TrustServer(workspace, bundle.ServerKey));
        TimeSpan setUp = stopwatch.Elapsed;
        try
        {
            // GNU time's %M file goes beside the workspace, in the scratch directory.
            CpuTimedSample sample = CpuTimedMeasurement.Measure(review.Import(workspace, bundle.BundleFile), Path.GetDirectoryName(workspace.Directory)!);
            Progress(Describe(sample) + Invariant($" (setup {setUp.TotalSeconds:F1} s, untimed)"));
            if (check)
            {
                CheckImported(review, workspace, bundle);
            }
            return (sample, setUp);
        }
        finally
        {
            Directory.Delete(workspace.Directory, recursive: true);
        }
    }

    /// <summary>Untimed: a fast import that stored nothing would be no result at all.</summary>
    private static void CheckImported(ReviewTool review, ReviewWorkspacePaths workspace, ImportBundle bundle)
    {
        using var list = JsonDocument.Parse(ProcessMeasurement.Run(review.ListJson(workspace)));
        int imported = list.RootElement.GetArrayLength();
        if (imported != bundle.Testimonies)
        {
            throw new BenchmarkException($"`review list` shows {imported} testimonies after the import, not {bundle.Testimonies}");
        }
    }

    private static string Describe(CpuTimedSample sample) => Invariant(
        $"  {sample.Elapsed.TotalSeconds:F2} s, CPU {sample.Cpu.TotalSeconds:F2} s, {sample.PeakRssMib:F0} MiB; other processes kept {sample.OthersBusy:P0} of the CPUs busy");

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static void Progress(string message) => Console.Error.WriteLine(message);
}
