namespace Intake.Benchmarks;

/// <summary>One row of the server report: a measurement, or why the tool was skipped.</summary>
internal sealed record ServerMeasurement(
    string Tool, string Stores, string CommandLine, TimeSpan? BestTime, double? PeakRssMib, string? SkippedBecause);

/// <summary>Everything the server report prints.</summary>
internal sealed record ServerResults(
    string LoadAverageAtStart, long InputBytes, string AgeVersion, string? OnionShareVersion, IReadOnlyList<ServerMeasurement> Rows)
{
    public ServerMeasurement Intake => Rows[0];
}

/// <summary>
/// The `server` mode: the same random file uploaded to `intake serve` (encrypting into SQLite), encrypted by
/// `age` to /dev/null, and uploaded to OnionShare's receive mode (plaintext files), all on loopback.
/// </summary>
internal static class ServerBenchmark
{
    private static readonly string[] Configurations = ["Release", "Debug"];

    public static void Run(BenchmarkOptions options, IReadOnlyList<string> args, string age, string ageKeygen)
    {
        ProcessMeasurement.RequireGnuTime();
        ProcessMeasurement.RequireInstalled(age, "age");
        ProcessMeasurement.RequireInstalled(ageKeygen, "age");
        ProcessMeasurement.RequireInstalled(ServerUpload.Curl, "curl");
        Command intake = IntakeCommand(options.IntakePath);

        string loadAverageAtStart = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        Progress($"Writing {options.SizeMib} MiB of random input and an age identity ...");
        using var workspace = Workspace.Create((long)options.SizeMib << 20, recipientCount: 1, ageKeygen);
        string recipient = workspace.Recipients[0];

        Progress($"Uploading to intake serve, {options.Runs} run(s) ...");
        var intakeSamples = Repeat(options.Runs, () => ServerUpload.Measure(intake, recipient, workspace.InputFile, workspace.Directory));
        var intakeRow = Row(
            "`intake serve` (curl -F upload, loopback)", "age ciphertext in SQLite",
            $"{intake} serve --data DIR --listen 127.0.0.1:PORT; curl -F files=@FILE …/submit", intakeSamples);

        Progress($"Encrypting with age, {options.Runs} run(s) ...");
        var ageCommand = new Command(age, ["-r", recipient, "-o", "/dev/null", workspace.InputFile]);
        var ageSamples = Repeat(options.Runs, () => ProcessMeasurement.Measure(ageCommand, workspace.Directory));
        var ageRow = Row("`age` (local file, no network)", "age ciphertext (to /dev/null)", $"{age} -r RECIPIENT -o /dev/null FILE", ageSamples);

        string? skipped = OnionShareReceive.EnsureInstalled();
        string onionShareCommand = $"{OnionShareReceive.ServeCommand("DIR")}; curl -F file[]=@FILE …/upload";
        ServerMeasurement onionShareRow;
        string? onionShareVersion = null;
        if (skipped is null)
        {
            onionShareVersion = OnionShareReceive.Version();
            Progress($"Uploading to OnionShare {onionShareVersion} receive mode, {options.Runs} run(s) ...");
            try
            {
                var samples = Repeat(options.Runs, () => OnionShareReceive.Measure(workspace.InputFile, workspace.Directory));
                onionShareRow = Row("OnionShare receive mode (curl -F upload, loopback)", "plaintext files", onionShareCommand, samples);
            }
            catch (BenchmarkException e)
            {
                // A baseline that fails is reported, not fatal: the intake numbers are still worth printing.
                Progress("OnionShare failed: " + e.Message);
                onionShareRow = new ServerMeasurement(
                    "OnionShare receive mode", "plaintext files", onionShareCommand, null, null, "failed: " + e.Message.Split('\n')[0]);
            }
        }
        else
        {
            Progress("Skipping OnionShare: " + skipped);
            onionShareRow = new ServerMeasurement("OnionShare receive mode", "plaintext files", onionShareCommand, null, null, skipped);
        }

        var results = new ServerResults(
            loadAverageAtStart, workspace.InputBytes, ProcessMeasurement.Run(new Command(age, ["--version"])).Trim(),
            onionShareVersion, [intakeRow, ageRow, onionShareRow]);
        Report.PrintServer(Console.Out, options, args, results);
    }

    /// <summary>By default src/Intake.Server's Release (or Debug) build output in this repository, run with `dotnet`.</summary>
    private static Command IntakeCommand(string? path)
    {
        if (path is null)
        {
            string? root = AppContext.BaseDirectory;
            while (root is not null && !File.Exists(Path.Combine(root, "Intake.sln")))
            {
                root = Path.GetDirectoryName(root.TrimEnd('/'));
            }
            path = root is null
                ? null
                : Configurations
                    .Select(configuration => Path.Combine(root, "src", "Intake.Server", "bin", configuration, "net10.0", "intake.dll"))
                    .FirstOrDefault(File.Exists);
            if (path is null)
            {
                throw new BenchmarkException("intake.dll not found; run `dotnet build Intake.sln -c Release` or pass --intake PATH");
            }
        }
        if (!File.Exists(path))
        {
            throw new BenchmarkException($"intake not found at {path}");
        }
        return path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new Command("dotnet", [path])
            : new Command(path, []);
    }

    private static List<ProcessSample> Repeat(int runs, Func<ProcessSample> measure) =>
        [.. Enumerable.Range(0, runs).Select(_ => measure())];

    private static ServerMeasurement Row(string tool, string stores, string commandLine, List<ProcessSample> samples) =>
        new(tool, stores, commandLine, samples.Min(s => s.Elapsed), samples.Max(s => s.PeakRssMib), null);

    private static void Progress(string message) => Console.Error.WriteLine(message);
}
