namespace Intake.Benchmarks;

/// <summary>Which implementation a tool is; the report compares ours against age.</summary>
internal enum Implementation
{
    OursSequential,
    OursParallel,
    Age,
}

/// <summary>A CLI under test: how to launch it, before the operation's own arguments.</summary>
internal sealed record Tool(Implementation Implementation, string Name, Command Command)
{
    public bool IsOurs => Implementation != Implementation.Age;
}

/// <summary>One tool's result for one operation: best time and highest peak RSS over the runs.</summary>
internal sealed record ToolMeasurement(Tool Tool, TimeSpan BestTime, double PeakRssMib);

/// <summary>Everything the report prints.</summary>
internal sealed record BenchmarkResults(
    double CpuBusyAtStart,
    long InputBytes,
    IReadOnlyList<ToolMeasurement> StartUp,
    IReadOnlyList<ToolMeasurement> Encrypt,
    IReadOnlyList<ToolMeasurement> Decrypt,
    IReadOnlyList<HeaderCostResult> HeaderCost);

/// <summary>
/// Measures intake-age against age as whole processes on the same input, plus the in-process header cost,
/// and prints a Markdown report on stdout (progress goes to stderr). See <see cref="BenchmarkOptions.Usage"/>.
/// </summary>
internal static class Program
{
    private const string Age = "/usr/bin/age";
    private const string AgeKeygen = "/usr/bin/age-keygen";

    private static int Main(string[] args)
    {
        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"{e.Message}\n\n{BenchmarkOptions.Usage}");
            return 2;
        }
        if (options.ShowHelp)
        {
            Console.WriteLine(BenchmarkOptions.Usage);
            return 0;
        }

        try
        {
            if (options.Server)
            {
                ServerBenchmark.Run(options, args, Age, AgeKeygen);
                return 0;
            }
            if (options.Import)
            {
                ImportBenchmark.Run(options, args);
                return 0;
            }
            Run(options, args);
            return 0;
        }
        catch (BenchmarkException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static void Run(BenchmarkOptions options, IReadOnlyList<string> args)
    {
        ProcessMeasurement.RequireGnuTime();
        ProcessMeasurement.RequireInstalled(Age, "age");
        ProcessMeasurement.RequireInstalled(AgeKeygen, "age");

        Command intakeAge = IntakeAgeCommand(options.IntakeAgePath);
        double cpuBusyAtStart = CpuLoad.MeasureBusy(TimeSpan.FromSeconds(1));
        var sequential = new Tool(Implementation.OursSequential, "intake-age --threads 1", intakeAge.Append("--threads", "1"));
        var parallel = new Tool(Implementation.OursParallel, "intake-age", intakeAge);
        var age = new Tool(Implementation.Age, "age", new Command(Age, []));
        Tool[] tools = [sequential, parallel, age];

        Progress($"Writing {options.SizeMib} MiB of random input and 2 age identities ...");
        using var workspace = Workspace.Create((long)options.SizeMib << 20, recipientCount: 2, AgeKeygen);
        string[] recipientArguments = [.. workspace.Recipients.SelectMany(recipient => new[] { "-r", recipient })];
        // Measured runs write to stdout, which ProcessMeasurement.Measure sends to /dev/null.
        Command Encrypt(Tool tool, string input) => tool.Command.Append([.. recipientArguments, input]);
        Command Decrypt(Tool tool) => tool.Command.Append("-d", "-i", workspace.IdentityFile, workspace.CiphertextFile);

        Progress("Measuring start-up (encrypting an empty file) ...");
        var startUp = MeasureInterleaved(tools, tool => Encrypt(tool, workspace.EmptyFile), options.Runs, workspace);

        // Untimed: our parallel encryption writes the ciphertext all three decrypt, so age's runs also check compatibility.
        Progress("Writing the ciphertext with intake-age ...");
        ProcessMeasurement.Run(Encrypt(parallel, workspace.InputFile).Append("-o", workspace.CiphertextFile));

        Progress($"Measuring encryption, {options.Runs} run(s) each ...");
        var encrypt = MeasureInterleaved(tools, tool => Encrypt(tool, workspace.InputFile), options.Runs, workspace);

        Progress($"Measuring decryption, {options.Runs} run(s) each ...");
        var decrypt = MeasureInterleaved(tools, Decrypt, options.Runs, workspace);

        Progress($"Measuring header cost in-process, {options.HeaderCostDuration.TotalSeconds} s each ...");
        var headerCost = HeaderCost.Measure(options.HeaderCostDuration);

        var results = new BenchmarkResults(cpuBusyAtStart, workspace.InputBytes, startUp, encrypt, decrypt, headerCost);
        Report.Print(Console.Out, options, args, intakeAge, results);
    }

    /// <summary>By default the build-output dll next to this benchmark, run with the `dotnet` host.</summary>
    private static Command IntakeAgeCommand(string? path)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, "intake-age.dll");
        if (!File.Exists(path))
        {
            throw new BenchmarkException($"intake-age not found at {path}");
        }
        return path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new Command("dotnet", [path])
            : new Command(path, []);
    }

    /// <summary>
    /// Runs every tool once per round, round after round, so slow drift (thermal, page cache, noisy
    /// neighbours) affects all tools alike.
    /// </summary>
    private static ToolMeasurement[] MeasureInterleaved(
        IReadOnlyList<Tool> tools, Func<Tool, Command> commandFor, int runs, Workspace workspace)
    {
        var samples = tools.ToDictionary(tool => tool, _ => new List<ProcessSample>());
        for (int run = 0; run < runs; run++)
        {
            foreach (Tool tool in tools)
            {
                samples[tool].Add(ProcessMeasurement.Measure(commandFor(tool), workspace.Directory));
            }
        }
        return [.. tools.Select(tool => new ToolMeasurement(
            tool, samples[tool].Min(sample => sample.Elapsed), samples[tool].Max(sample => sample.PeakRssMib)))];
    }

    private static void Progress(string message) => Console.Error.WriteLine(message);
}
