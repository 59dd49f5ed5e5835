namespace Intake.Server.Doctor;

/// <summary>
/// The systemd unit, drop-ins included, still confines the service as deploy/systemd/intake.service
/// does: its own user, a read-only system, private /tmp and devices, no new privileges, Unix
/// sockets only, no IP, no core dumps, capped memory, filtered system calls, umask 0077 and no
/// capabilities. A drop-in that loosens one of these is as bad as a missing line.
/// </summary>
internal static class UnitSandboxCheck
{
    public const string Name = "service sandbox";

    public const string DefaultUnit = "/etc/systemd/system/intake.service";

    // Octal 077: the umask must take every permission from group and others.
    private const int GroupAndOther = 0x3F;

    private static readonly (string Setting, Func<SystemdUnit, string?> Weakness)[] Requirements =
    [
        ("User=intake (not root)", unit => unit.Last("User") switch
        {
            null => "not set, so the service runs as root",
            "root" or "0" => "root",
            _ => null,
        }),
        ("ProtectSystem=strict", unit => Found(unit, "ProtectSystem", value => value == "strict")),
        ("ProtectHome=yes", unit => Found(unit, "ProtectHome", value => IsTrue(value) || value is "read-only" or "tmpfs")),
        ("PrivateTmp=yes", unit => Found(unit, "PrivateTmp", value => IsTrue(value) || value == "disconnected")),
        ("PrivateDevices=yes", unit => Found(unit, "PrivateDevices", IsTrue)),
        ("NoNewPrivileges=yes", unit => Found(unit, "NoNewPrivileges", IsTrue)),
        ("RestrictAddressFamilies=AF_UNIX", unit => SystemdLists.AllowOrDeny(unit, "RestrictAddressFamilies") switch
        {
            (true, var families) when families.SetEquals(["AF_UNIX"]) => null,
            (null, _) => "not set",
            (var allow, var families) => $"{(allow == true ? "allows" : "denies only")} {List(families)}",
        }),
        ("IPAddressDeny=any", unit => IpWeakness(unit)),
        ("LimitCORE=0", unit => Found(unit, "LimitCORE", value => value.Split(':').All(limit => limit == "0"))),
        ("MemoryMax=", unit => Found(unit, "MemoryMax", value => value != "infinity")),
        ("SystemCallFilter=@system-service", unit => SystemdLists.AllowOrDeny(unit, "SystemCallFilter") switch
        {
            (true, var calls) when calls.Contains("@system-service") => null,
            (null, _) => "not set",
            (var allow, var calls) => $"{(allow == true ? "allows" : "denies only")} {List(calls)}",
        }),
        ("UMask=0077", unit => Found(unit, "UMask", value => IsOctal(value) && (Convert.ToInt32(value, 8) & GroupAndOther) == GroupAndOther)),
        ("CapabilityBoundingSet= (empty)", unit => SystemdLists.Capabilities(unit) switch
        {
            (false, { Count: 0 }) => null,
            (true, { Count: 0 }) => "every capability",
            (true, var except) => $"every capability but {List(except)}",
            (false, var only) => List(only),
        }),
    ];

    public static CheckResult Run(string unitPath)
    {
        var unit = SystemdUnit.Read(unitPath);
        if (unit is null)
        {
            return CheckResult.Fail(Name, $"{unitPath} does not exist. Install the unit (deploy/install.sh, or cp deploy/systemd/intake.service {unitPath}), then: systemctl daemon-reload && systemctl enable --now intake; or give --unit PATH.");
        }

        var source = unit.DropIns.Count == 0 ? unitPath : $"{unitPath} with {string.Join(", ", unit.DropIns)}";
        var weak = Requirements
            .Select(requirement => (requirement.Setting, Found: requirement.Weakness(unit)))
            .Where(requirement => requirement.Found is not null)
            .Select(requirement => $"{requirement.Setting} (found: {requirement.Found})")
            .ToList();
        return weak.Count == 0
            ? CheckResult.Pass(Name, $"{source} runs the service as {unit.Last("User")} with all {Requirements.Length} sandbox settings of deploy/systemd/intake.service (read-only system, no IP, no core dumps, MemoryMax={unit.Last("MemoryMax")})")
            : CheckResult.Fail(Name, $"{source} lacks or weakens: {string.Join("; ", weak)}. Reinstall the unit from deploy/systemd/intake.service (or fix the drop-in in {unitPath}.d/ that changes it), then: systemctl daemon-reload && systemctl restart intake");
    }

    // What a last-wins setting is, when it is not what the requirement accepts.
    private static string? Found(SystemdUnit unit, string key, Func<string, bool> accepted) =>
        unit.Last(key) switch
        {
            null => "not set",
            var value when accepted(value) => null,
            var value => value,
        };

    // IPAddressAllow= wins over IPAddressDeny=, so any allowed address is a hole.
    private static string? IpWeakness(SystemdUnit unit)
    {
        var denied = unit.Values("IPAddressDeny").Aggregate(new List<string>(), (list, value) => value.Length == 0 ? [] : [.. list, .. value.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        var allowed = unit.Values("IPAddressAllow").Aggregate(new List<string>(), (list, value) => value.Length == 0 ? [] : [.. list, .. value.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        var all = denied.Contains("any") || (denied.Contains("0.0.0.0/0") && denied.Contains("::/0"));
        return (all, allowed.Count) switch
        {
            (true, 0) => null,
            (true, _) => $"IPAddressAllow={string.Join(' ', allowed)} opens it again",
            _ => denied.Count == 0 ? "not set" : string.Join(' ', denied),
        };
    }

    // systemd's booleans.
    private static bool IsTrue(string value) => value.ToLowerInvariant() is "1" or "yes" or "y" or "true" or "t" or "on";

    private static bool IsOctal(string value) => value.Length > 0 && value.All(digit => digit is >= '0' and <= '7');

    private static string List(IEnumerable<string> words) =>
        words.Any() ? string.Join(' ', words.Order(StringComparer.Ordinal)) : "nothing";
}
