namespace Intake.Server.Doctor;

/// <summary>
/// Tor forwards a v3 onion service to the service's Unix socket with proof-of-work defences
/// on. Reads the torrc and the fragments in its torrc.d directory.
/// </summary>
internal static class TorConfigCheck
{
    public const string DefaultTorrc = "/etc/tor/torrc";

    public static CheckResult Run(string torrc, string socketPath)
    {
        const string name = "Tor onion service";
        if (!File.Exists(torrc))
        {
            return CheckResult.Fail(name, $"{torrc} does not exist: Tor is not installed or configured. Install it with deploy/install.sh, or give --torrc PATH.");
        }

        var lines = ReadConfiguration(torrc);
        var forwards = lines.Any(line => line.Key == "hiddenserviceport" && (line.Value.EndsWith($" unix:{socketPath}", StringComparison.Ordinal) || line.Value.EndsWith($" unix:\"{socketPath}\"", StringComparison.Ordinal)));
        var directory = lines.Any(line => line.Key == "hiddenservicedir" && line.Value.Length > 0);
        var proofOfWork = lines.Any(line => line.Key == "hiddenservicepowdefensesenabled" && line.Value == "1");
        var missing = new List<string>();
        if (!directory)
        {
            missing.Add("HiddenServiceDir /var/lib/tor/intake/");
        }

        if (!forwards)
        {
            missing.Add($"HiddenServicePort 80 unix:{socketPath}");
        }

        if (!proofOfWork)
        {
            missing.Add("HiddenServicePoWDefensesEnabled 1");
        }

        return missing.Count == 0
            ? CheckResult.Pass(name, $"{torrc} forwards an onion service to unix:{socketPath} with proof-of-work defences on")
            : CheckResult.Fail(name, $"{torrc} lacks: {string.Join("; ", missing)}. Add these lines (deploy/install.sh writes them) and reload Tor.");
    }

    private static List<(string Key, string Value)> ReadConfiguration(string torrc)
    {
        var files = new List<string> { torrc };
        var fragments = Path.Combine(Path.GetDirectoryName(torrc)!, "torrc.d");
        if (Directory.Exists(fragments))
        {
            files.AddRange(Directory.EnumerateFiles(fragments).Order(StringComparer.Ordinal));
        }

        // As Tor reads a line: a keyword (any case), spaces or tabs, a value up to a '#'.
        return files
            .SelectMany(File.ReadLines)
            .Select(line => (line.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? line[..hash] : line).Trim())
            .Where(line => line.Length > 0)
            .Select(line => line.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => (parts[0].ToLowerInvariant(), parts.Length > 1 ? parts[1].Trim() : string.Empty))
            .ToList();
    }
}
