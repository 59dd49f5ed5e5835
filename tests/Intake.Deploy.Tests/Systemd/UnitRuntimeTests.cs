namespace Intake.Deploy.Tests.Systemd;

/// <summary>
/// The unit run for real: tests/systemd-box/run-unit.sh boots systemd as PID 1 of a throwaway
/// namespace (CI has no systemd of its own) and starts the published intake under the unit's
/// whole sandbox. An offline score cannot tell that a system-call filter stops the .NET runtime
/// from starting; this can (the unit once denied @resources, and the service never started).
/// </summary>
[Collection(PublishedIntakeTests.Name)]
public sealed class UnitRuntimeTests(PublishedIntake intake) : IDisposable
{
    private readonly TempDirectory _work = new("systemd-box");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void The_unit_runs_intake_sandboxed_as_its_own_user_and_it_answers_on_its_0660_socket()
    {
        var result = ProcessRunner.Run(new ProcessSpec(
            ExternalTool.Find("bash", "bash"),
            [
                Path.Combine(RepositoryPaths.Root, "tests", "systemd-box", "run-unit.sh"),
                intake.Directory,
                Path.Combine(RepositoryPaths.Root, "deploy", "systemd", "intake.service"),
                ReviewerKeys.Demo,
                _work.NewPath("box"),
            ])
        {
            Timeout = TimeSpan.FromMinutes(3),
        });

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = result.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        Assert.Equal("active", report["active"]);
        Assert.Equal("200", report["http"]);
        Assert.Equal("intake:debian-tor 660", report["socket"]);
        Assert.Equal("intake", report["user"]);
        // Seccomp mode 2 is a filter; no new privileges; not one effective capability.
        Assert.Equal("2", report["seccomp"]);
        Assert.Equal("1", report["no_new_privs"]);
        Assert.Equal("0000000000000000", report["cap_eff"]);
    }
}
