namespace Intake.Deploy.Tests.Systemd;

/// <summary>
/// systemd-analyze verify on the unit as install.sh --root installs it. CI has no systemd as
/// PID 1, so the unit is checked offline: --root=TREE makes verify load the unit from the tree
/// and look for its ExecStart program there.
/// </summary>
[Collection(PublishedIntakeTests.Name)]
public sealed class UnitVerifyTests(PublishedIntake intake) : IDisposable
{
    // Where Debian's systemd package puts its units (merged /usr, or not).
    private static readonly string[] HostUnitDirectories = ["/usr/lib/systemd/system", "/lib/systemd/system"];

    private readonly SeededRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Verify_accepts_the_installed_unit_and_checks_the_program_in_the_tree()
    {
        DeployScript.Install(_root, intake, ReviewerKeys.Demo).EnsureSuccess();
        // The unit's default dependencies need sysinit.target, which a Debian system has from
        // systemd and the tree does not: this machine's copy stands in.
        _root.Write("/usr/lib/systemd/system/sysinit.target", File.ReadAllText(HostUnit("sysinit.target")), "644");

        var verified = Verify();
        Assert.True(verified.ExitCode == 0 && verified.Stderr.Length == 0 && verified.Stdout.Length == 0, verified.ToString());

        // The control: the same check fails once the tree's program is gone, so it looked there.
        File.Delete(_root.In("/opt/intake/intake"));
        var missing = Verify();
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("/opt/intake/intake", missing.Stderr, StringComparison.Ordinal);
    }

    private ProcessResult Verify() =>
        ProcessRunner.Run(ExternalTool.Find("systemd-analyze", "systemd"), [$"--root={_root.Path}", "verify", "intake.service"], []);

    private static string HostUnit(string name) =>
        HostUnitDirectories.Select(directory => Path.Combine(directory, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{name} is not on this machine; install the Debian package `systemd`");
}
