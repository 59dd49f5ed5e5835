namespace Intake.Server.Doctor;

/// <summary>
/// Tor forwards a v3 onion service to the service's Unix socket with proof-of-work defences
/// on for that service. Reads the torrc and what it includes, as Tor does.
/// </summary>
internal static class TorConfigCheck
{
    public const string Name = "Tor onion service";

    public static CheckResult Run(TorConfiguration configuration, string socketPath)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var torrc = configuration.Torrc;
        if (!configuration.Exists)
        {
            return CheckResult.Fail(Name, $"{torrc} does not exist: Tor is not installed or configured. Install it with deploy/install.sh, or give --torrc PATH.");
        }

        if (configuration.Unreadable.Count > 0)
        {
            return CheckResult.Fail(Name, $"cannot read {string.Join(", ", configuration.Unreadable)}. Run doctor with sudo: sudo intake doctor …");
        }

        var service = configuration.ServiceFor(socketPath);
        var missing = new List<string>();
        if (service is null)
        {
            missing.Add("HiddenServiceDir /var/lib/tor/intake/");
        }

        if (service?.ForwardsTo(socketPath) != true)
        {
            missing.Add($"HiddenServicePort 80 unix:{socketPath}");
        }

        if (service?.ProofOfWork != true)
        {
            missing.Add("HiddenServicePoWDefensesEnabled 1");
        }

        var source = configuration.Files.Count > 1 ? $"{torrc} with the {configuration.Files.Count - 1} file(s) it includes" : torrc;
        if (missing.Count == 0)
        {
            return CheckResult.Pass(Name, $"{source} forwards an onion service to unix:{socketPath} with proof-of-work defences on");
        }

        // install.sh writes the fragment to torrc.d; Tor reads it only through an %include line.
        var fragments = configuration.UnreadFragments;
        var unread = fragments.Count == 0
            ? string.Empty
            : $" Tor does not read {string.Join(", ", fragments)}: add the line `%include {Path.GetDirectoryName(fragments[0])}/*.conf` to {torrc}.";
        return CheckResult.Fail(Name, $"{source} lacks: {string.Join("; ", missing)}.{unread} Add these lines for the service (deploy/install.sh writes them) and restart Tor: systemctl restart tor");
    }
}
