using Intake.Server.Doctor;

namespace Intake.Server.Tests.Doctor;

/// <summary>
/// The sandbox check on the repository's unit, and on copies of it with one setting removed or
/// weakened by a drop-in, read with systemd's rules (drop-ins in name order, later assignments
/// win, an empty assignment resets a list).
/// </summary>
public sealed class UnitSandboxCheckTests : IDisposable
{
    private const string Fix = "Reinstall the unit from deploy/systemd/intake.service (or fix the drop-in in";

    private const string Restart = "then: systemctl daemon-reload && systemctl restart intake";

    private readonly TempDirectory _directory = new("unit");

    /// <summary>Each required setting: the keys whose lines are removed, and how the FAIL line names it.</summary>
    public static TheoryData<string, string> Removed => new()
    {
        { "User", "User=intake (not root) (found: not set, so the service runs as root)" },
        { "ProtectSystem", "ProtectSystem=strict (found: not set)" },
        { "ProtectHome", "ProtectHome=yes (found: not set)" },
        { "PrivateTmp", "PrivateTmp=yes (found: not set)" },
        { "PrivateDevices", "PrivateDevices=yes (found: not set)" },
        { "NoNewPrivileges", "NoNewPrivileges=yes (found: not set)" },
        { "RestrictAddressFamilies", "RestrictAddressFamilies=AF_UNIX (found: not set)" },
        { "IPAddressDeny", "IPAddressDeny=any (found: not set)" },
        { "LimitCORE", "LimitCORE=0 (found: not set)" },
        { "MemoryMax", "MemoryMax= (found: not set)" },
        { "SystemCallFilter", "SystemCallFilter=@system-service (found: not set)" },
        { "UMask", "UMask=0077 (found: not set)" },
        { "CapabilityBoundingSet", "CapabilityBoundingSet= (empty) (found: every capability)" },
    };

    /// <summary>Drop-ins that loosen one setting, and how the FAIL line names it.</summary>
    public static TheoryData<string, string> Weakened => new()
    {
        { "User=root", "User=intake (not root) (found: root)" },
        { "User=", "User=intake (not root) (found: not set, so the service runs as root)" },
        { "ProtectSystem=full", "ProtectSystem=strict (found: full)" },
        { "ProtectHome=no", "ProtectHome=yes (found: no)" },
        { "PrivateTmp=false", "PrivateTmp=yes (found: false)" },
        { "PrivateDevices=0", "PrivateDevices=yes (found: 0)" },
        { "NoNewPrivileges=off", "NoNewPrivileges=yes (found: off)" },
        { "RestrictAddressFamilies=AF_INET AF_INET6", "RestrictAddressFamilies=AF_UNIX (found: allows AF_INET AF_INET6 AF_UNIX)" },
        { "RestrictAddressFamilies=\nRestrictAddressFamilies=~AF_PACKET", "RestrictAddressFamilies=AF_UNIX (found: denies only AF_PACKET)" },
        { "RestrictAddressFamilies=", "RestrictAddressFamilies=AF_UNIX (found: not set)" },
        { "IPAddressAllow=10.0.0.0/8", "IPAddressDeny=any (found: IPAddressAllow=10.0.0.0/8 opens it again)" },
        { "IPAddressDeny=\nIPAddressDeny=192.0.2.0/24", "IPAddressDeny=any (found: 192.0.2.0/24)" },
        { "LimitCORE=infinity", "LimitCORE=0 (found: infinity)" },
        { "LimitCORE=0:infinity", "LimitCORE=0 (found: 0:infinity)" },
        { "MemoryMax=infinity", "MemoryMax= (found: infinity)" },
        { "MemoryMax=", "MemoryMax= (found: not set)" },
        { "SystemCallFilter=", "SystemCallFilter=@system-service (found: not set)" },
        { "SystemCallFilter=~@system-service", "SystemCallFilter=@system-service (found: allows nothing)" },
        { "SystemCallFilter=\nSystemCallFilter=~@mount", "SystemCallFilter=@system-service (found: denies only @mount)" },
        { "UMask=0022", "UMask=0077 (found: 0022)" },
        { "CapabilityBoundingSet=CAP_NET_ADMIN", "CapabilityBoundingSet= (empty) (found: CAP_NET_ADMIN)" },
        { "CapabilityBoundingSet=~", "CapabilityBoundingSet= (empty) (found: every capability)" },
        { "CapabilityBoundingSet=~\nCapabilityBoundingSet=~CAP_SYS_ADMIN", "CapabilityBoundingSet= (empty) (found: every capability but CAP_SYS_ADMIN)" },
    };

    /// <summary>Drop-ins that keep or tighten every setting.</summary>
    public static TheoryData<string> Tightened => new()
    {
        "ProtectHome=read-only",
        "ProtectHome=tmpfs",
        "PrivateTmp=disconnected",
        "NoNewPrivileges=true",
        "UMask=0277",
        "MemoryMax=256M",
        "LimitCORE=0:0",
        "RestrictAddressFamilies=~AF_INET",
        "SystemCallFilter=~@mount",
        "CapabilityBoundingSet=~CAP_SYS_ADMIN",
        "IPAddressDeny=\nIPAddressDeny=0.0.0.0/0 ::/0",
        "# NoNewPrivileges=no\n; UMask=0022",
        "SystemCallFilter=@system-service \\\n    @network-io",
    };

    private static string RepositoryUnit => Path.Combine(RepositoryPaths.Root, "deploy", "systemd", "intake.service");

    [Fact]
    public void The_repository_s_unit_passes()
    {
        var result = UnitSandboxCheck.Run(RepositoryUnit);

        Assert.True(result.Passed, result.ToString());
        Assert.Equal($"{RepositoryUnit} runs the service as intake with all 13 sandbox settings of deploy/systemd/intake.service (read-only system, no IP, no core dumps, MemoryMax=512M)", result.Detail);
    }

    [Theory]
    [MemberData(nameof(Removed))]
    public void A_unit_without_a_setting_fails_naming_only_that_setting(string key, string named)
    {
        var unit = _directory.WriteText("intake.service", string.Join('\n', File.ReadLines(RepositoryUnit).Where(line => !line.StartsWith(key + "=", StringComparison.Ordinal))));

        var result = UnitSandboxCheck.Run(unit);

        Assert.False(result.Passed);
        Assert.Equal($"{unit} lacks or weakens: {named}. {Fix} {unit}.d/ that changes it), {Restart}", result.Detail);
    }

    [Theory]
    [MemberData(nameof(Weakened))]
    public void A_drop_in_that_weakens_a_setting_fails_naming_the_drop_in_and_the_setting(string dropIn, string named)
    {
        var (unit, file) = WithDropIn("50-local.conf", dropIn);

        var result = UnitSandboxCheck.Run(unit);

        Assert.False(result.Passed);
        Assert.Equal($"{unit} with {file} lacks or weakens: {named}. {Fix} {unit}.d/ that changes it), {Restart}", result.Detail);
    }

    [Theory]
    [MemberData(nameof(Tightened))]
    public void A_drop_in_that_keeps_or_tightens_the_settings_passes(string dropIn)
    {
        var (unit, _) = WithDropIn("50-local.conf", dropIn);

        var result = UnitSandboxCheck.Run(unit);

        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Drop_ins_apply_in_file_name_order_and_only_conf_files_count()
    {
        var (unit, _) = WithDropIn("10-loosen.conf", "NoNewPrivileges=no");
        File.WriteAllText(Path.Combine(unit + ".d", "20-restore.conf"), "[Service]\nNoNewPrivileges=yes\n");
        File.WriteAllText(Path.Combine(unit + ".d", "30-ignored.conf.disabled"), "[Service]\nNoNewPrivileges=no\n");
        Assert.True(UnitSandboxCheck.Run(unit).Passed);

        File.Move(Path.Combine(unit + ".d", "10-loosen.conf"), Path.Combine(unit + ".d", "90-loosen.conf"));
        var result = UnitSandboxCheck.Run(unit);

        Assert.False(result.Passed);
        Assert.Contains("NoNewPrivileges=yes (found: no)", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_outside_the_service_section_do_not_count()
    {
        var unit = _directory.WriteText("intake.service", File.ReadAllText(RepositoryUnit).Replace("[Service]", "[Unit]", StringComparison.Ordinal));

        var result = UnitSandboxCheck.Run(unit);

        Assert.False(result.Passed);
        Assert.Contains("User=intake (not root) (found: not set", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_unit_fails_and_says_how_to_install_it()
    {
        var unit = _directory.File("intake.service");

        var result = UnitSandboxCheck.Run(unit);

        Assert.False(result.Passed);
        Assert.Equal($"{unit} does not exist. Install the unit (deploy/install.sh, or cp deploy/systemd/intake.service {unit}), then: systemctl daemon-reload && systemctl enable --now intake; or give --unit PATH.", result.Detail);
    }

    public void Dispose() => _directory.Dispose();

    private (string Unit, string DropIn) WithDropIn(string name, string settings)
    {
        var unit = _directory.File("intake.service");
        File.Copy(RepositoryUnit, unit, overwrite: true);
        var dropIn = Path.Combine(_directory.CreateSubdirectory("intake.service.d"), name);
        File.WriteAllText(dropIn, $"# {name}\n[Service]\n{settings}\n");
        return (unit, dropIn);
    }
}
