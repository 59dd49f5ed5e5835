using System.Text.RegularExpressions;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Doctor;

/// <summary>One line of `intake doctor`: PASS or FAIL, the check's name and what it says.</summary>
internal sealed record DoctorLine(bool Passed, string Name, string Detail);

/// <summary>What `intake doctor` printed, line by line, and its exit code.</summary>
internal sealed partial record DoctorReport(ProcessResult Result, IReadOnlyList<DoctorLine> Checks, string Summary)
{
    /// <summary>The checks in the order doctor runs them.</summary>
    public static readonly string[] CheckNames =
    [
        "database", "reviewer keys", "export key", "no secret key on the server", "data directory permissions",
        "service socket", "onion-only binding", "Tor onion service", "onion service directory", "service sandbox",
        "swap", "clock", "disk space",
    ];

    /// <summary>
    /// Checks that read the machine (/proc/net, /proc/swaps), not the deployment under test:
    /// ListenerCheckTests and SwapCheckTests cover them (a test machine's root may well listen on 0.0.0.0).
    /// </summary>
    public static readonly string[] MachineDependent = ["onion-only binding", "swap"];

    public static DoctorReport Run(Deployment deployment)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        var result = IntakeCommand.Run("doctor", "--data", deployment.Data, "--torrc", deployment.Torrc, "--socket", deployment.Socket, "--unit", deployment.Unit);
        var lines = result.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var checks = lines[..^1].Select(line =>
        {
            var match = CheckLine().Match(line);
            Assert.True(match.Success, $"not a check line: {line}\n{result}");
            return new DoctorLine(match.Groups[1].Value == "PASS", match.Groups[2].Value, match.Groups[3].Value);
        }).ToList();
        return new DoctorReport(result, checks, lines[^1]);
    }

    public DoctorLine this[string name] => Checks.Single(check => check.Name == name);

    /// <summary>Fails unless every check but <paramref name="failing"/> (and the machine-dependent ones) passed.</summary>
    public void AssertOnlyFailing(params string[] failing)
    {
        Assert.Equal(CheckNames, Checks.Select(check => check.Name));
        foreach (var check in Checks.Where(check => !MachineDependent.Contains(check.Name)))
        {
            Assert.True(check.Passed != failing.Contains(check.Name), $"{check.Name} {(check.Passed ? "passed" : "failed")}: {check.Detail}\n{Result}");
        }

        // The exit code and the last line follow the checks, whatever the machine-dependent ones found.
        var failed = Checks.Count(check => !check.Passed);
        Assert.True(Result.ExitCode == (failed == 0 ? 0 : 1), Result.ToString());
        Assert.Equal(failed == 0 ? "All checks passed." : $"{failed} check(s) failed; fix them as each line says, then run intake doctor again.", Summary);
    }

    [GeneratedRegex("^(PASS|FAIL)  ([^:]+): (.+)$")]
    private static partial Regex CheckLine();
}
