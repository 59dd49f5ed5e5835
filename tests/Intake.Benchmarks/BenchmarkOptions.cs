using System.Globalization;

namespace Intake.Benchmarks;

/// <summary>Command-line options; see <see cref="Usage"/>.</summary>
internal sealed record BenchmarkOptions(
    int SizeMib, int Runs, bool Quick, string? IntakeAgePath, bool ShowHelp, bool Server = false, string? IntakePath = null)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Intake.Benchmarks -- [options]
               dotnet run -c Release --project tests/Intake.Benchmarks -- server [--size-mib N] [--runs N] [--intake PATH]

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
        string? intakePath = null;

        for (int i = server ? 1 : 0; i < args.Count; i++)
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
                case "-h" or "--help":
                    showHelp = true;
                    break;
                default:
                    throw new ArgumentException($"unknown option: {args[i]}");
            }
        }
        return new BenchmarkOptions(
            sizeMib ?? (quick ? 64 : 1024), runs ?? (quick || server ? 1 : 3), quick, intakeAgePath, showHelp, server, intakePath);
    }

    private static string Value(IReadOnlyList<string> args, int index) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{args[index - 1]} needs a value");

    private static int PositiveInteger(IReadOnlyList<string> args, int index) =>
        int.TryParse(Value(args, index), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : throw new ArgumentException($"{args[index - 1]} needs a positive integer");
}
