namespace Intake.Server.Doctor;

/// <summary>
/// The onion service's directory (its HiddenServiceDir, holding the service's secret key) exists,
/// belongs to the user Tor runs as, is closed to everyone else, and holds the hostname Tor
/// publishes. /var/lib/tor is Tor's alone, so only root can look inside it.
/// </summary>
internal static class OnionDirectoryCheck
{
    public const string Name = "onion service directory";

    public static CheckResult Run(TorConfiguration configuration, string socketPath) =>
        OperatingSystem.IsLinux() ? Run(configuration, socketPath, FileStatus.Of) : CheckResult.Pass(Name, "not checked outside Linux");

    /// <param name="stat">How a path's status is read (tests stand in for a user who may not look).</param>
    public static CheckResult Run(TorConfiguration configuration, string socketPath, Func<string, FileStatus> stat)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(stat);
        if (configuration.ServiceFor(socketPath) is not { } service)
        {
            return CheckResult.Fail(Name, $"{configuration.Torrc} names no HiddenServiceDir; add it as the \"{TorConfigCheck.Name}\" line says.");
        }

        var directory = Path.TrimEndingDirectorySeparator(service.Directory);
        var user = configuration.User;
        var status = stat(directory);
        var hostname = stat(Path.Combine(directory, "hostname"));
        if (status.Denied || hostname.Denied)
        {
            return CheckResult.Fail(Name, $"cannot look into {Path.GetDirectoryName(directory)} as this user: it is {user}'s alone. Run doctor with sudo: sudo intake doctor …");
        }

        if (!status.Exists)
        {
            return CheckResult.Fail(Name, $"{directory} does not exist: Tor makes it, with the service's key and hostname, when it starts with this configuration. Restart Tor (systemctl restart tor) and read why it did not in journalctl -u tor.");
        }

        if (!status.IsDirectory)
        {
            return CheckResult.Fail(Name, $"{directory} is not a directory. Move it away and restart Tor (systemctl restart tor), which makes the directory.");
        }

        var problems = new List<string>();
        var fixes = new List<string>();
        var owner = UserAccounts.NameOf(status.Uid);
        if (UserAccounts.UidOf(user) is not { } uid)
        {
            problems.Add($"Tor's user {user} (torrc User, else Debian's default) does not exist");
            fixes.Add($"install Tor from Debian (apt install tor), or set User in {configuration.Torrc} to the user Tor runs as");
        }
        else if (status.Uid != uid)
        {
            problems.Add($"it belongs to {owner}, not to {user}, the user Tor runs as");
            fixes.Add($"chown -R {user}: {directory}");
        }

        if ((status.Mode & PermissionChecks.GroupOrOther) != 0)
        {
            problems.Add($"its mode is {status.OctalMode}, so other users can read the service's key");
            fixes.Add($"chmod 0700 {directory}");
        }

        if (!hostname.Exists)
        {
            problems.Add("it holds no hostname, so Tor has not published the service");
            fixes.Add("restart Tor (systemctl restart tor) and read journalctl -u tor");
        }

        return problems.Count == 0
            ? CheckResult.Pass(Name, $"{directory} belongs to {user}, mode {status.OctalMode}, and holds the service's hostname")
            : CheckResult.Fail(Name, $"{directory}: {string.Join("; ", problems)}. Fix: {string.Join("; ", fixes)}.");
    }
}
