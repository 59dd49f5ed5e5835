using System.Globalization;

namespace Intake.Benchmarks;

/// <summary>Command-line options; see <see cref="Usage"/>.</summary>
internal sealed record BenchmarkOptions(
    int SizeMib, int Runs, bool Quick, string? IntakeAgePath, bool ShowHelp, bool Server = false, string? IntakePath = null,
    bool Import = false, int Testimonies = ImportBenchmark.DefaultTestimonies, string? ReviewPath = null)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Intake.Benchmarks -- [options]
               dotnet run -c Release --project tests/Intake.Benchmarks -- server [--size-mib N] [--runs N] [--intake PATH]
               dotnet run -c Release --project tests/Intake.Benchmarks -- import [--testimonies N] [--runs N] [--review PATH]

          --size-mib N        size of the random input file in MiB (default 1024; 64 with --quick)
          --runs N            runs per measurement, the best time is reported (default 3; 1 with --quick)
          --quick             smoke check: 64 MiB, 1 run, 0.5 s per header-cost measurement
          --intake-age PATH   intake-age to benchmark: an executable, e.g. the native one from
                              `dotnet publish src/Intake.AgeCli -c Release -r linux-x64 -o artifacts/intake-age`,
                              or a .dll run with `dotnet` (default: intake-age.dll from this build's output)

        server mode: uploads one random file (default 1024 MiB, 1 run) to `intake serve` on 127.0.0.1, encrypts
        it with `age -o /dev/null`, and uploads it to OnionShare's receive mode (installed with apt-get when
        missing and root, else skipped); reports MB/s and each server's peak RSS (VmHWM).
          --intake PATH       intake to serve: a .dll run with `dotnet` or an executable
                              (default: src/Intake.Server/bin/Release/net10.0/intake.dll in this repository)

        import mode: `review import` of a signed bundle of N small testimonies (default 10000; ~4 KiB answers
        each, encrypted to 3 post-quantum hybrid recipients) into a fresh workspace, against typage (npm
        age-encryption, tests/interop) decrypting the same parts in one node process; wall time and peak RSS.
        The bundle is generated once and cached under artifacts/bench-import/.
          --testimonies N     testimonies in the bundle (default 10000)
          --review PATH       review to run: an executable, e.g. the one from
                              `dotnet publish src/Intake.Review -c Release -o artifacts/review` (the default when
                              present), or a .dll run with `dotnet` (else: review.dll from this build's output)

        Needs /usr/bin/age, /usr/bin/age-keygen (apt-get install age) and GNU time (apt-get install time).
        The input lives in a temporary directory under $TMPDIR (default /tmp), which should be on disk.
        """;

    /// <summary>How long each header-cost measurement loops.</summary>
    public TimeSpan HeaderCostDuration => TimeSpan.FromSeconds(Quick ? 0.5 : 2);

    /// <exception cref="ArgumentException">An unknown option or a bad value.</exception>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        int? sizeMib = null;
        int? runs = null;
        bool quick = false;
        string? intakeAgePath = null;
        bool showHelp = false;
        bool server = args.Count > 0 && args[0] == "server";
        bool import = args.Count > 0 && args[0] == "import";
        string? intakePath = null;
        int? testimonies = null;
        string? reviewPath = null;

        for (int i = server || import ? 1 : 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--size-mib":
                    sizeMib = PositiveInteger(args, ++i);
                    break;
                case "--runs":
                    runs = PositiveInteger(args, ++i);
                    break;
                case "--quick":
                    quick = true;
                    break;
                case "--intake-age":
                    intakeAgePath = Path.GetFullPath(Value(args, ++i));
                    break;
                case "--intake" when server:
                    intakePath = Path.GetFullPath(Value(args, ++i));
                    break;
                case "--testimonies" when import:
                    testimonies = PositiveInteger(args, ++i);
                    break;
                case "--review" when import:
                    reviewPath = Path.GetFullPath(Value(args, ++i));
                    break;
                case "-h" or "--help":
                    showHelp = true;
                    break;
                default:
                    throw new ArgumentException($"unknown option: {args[i]}");
            }
        }
        return new BenchmarkOptions(
            sizeMib ?? (quick ? 64 : 1024), runs ?? (quick || server ? 1 : 3), quick, intakeAgePath, showHelp, server, intakePath,
            import, testimonies ?? ImportBenchmark.DefaultTestimonies, reviewPath);
    }

    private static string Value(IReadOnlyList<string> args, int index) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{args[index - 1]} needs a value");

    private static int PositiveInteger(IReadOnlyList<string> args, int index) =>
        int.TryParse(Value(args, index), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : throw new ArgumentException($"{args[index - 1]} needs a positive integer");
}
