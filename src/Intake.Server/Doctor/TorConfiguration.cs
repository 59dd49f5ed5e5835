namespace Intake.Server.Doctor;

/// <summary>One option line of Tor's configuration: the keyword in lower case, its value and the file it came from.</summary>
internal sealed record TorOption(string Key, string Value, string File);

/// <summary>An onion service: its HiddenServiceDir and the HiddenService* options that follow it.</summary>
internal sealed record OnionService(string Directory, IReadOnlyList<TorOption> Options)
{
    public bool ForwardsTo(string socketPath) => Options.Any(option => option.Key == "hiddenserviceport"
        && (option.Value.EndsWith($" unix:{socketPath}", StringComparison.Ordinal) || option.Value.EndsWith($" unix:\"{socketPath}\"", StringComparison.Ordinal)));

    public bool ProofOfWork => Options.LastOrDefault(option => option.Key == "hiddenservicepowdefensesenabled")?.Value == "1";
}

/// <summary>
/// Tor's configuration as Tor reads it: the torrc, and what its %include lines name (a file, a
/// directory's files in lexical order without dot files, or a glob), up to Tor's nesting limit.
/// Fragments in the torrc.d beside the torrc that no %include reaches are not read, as by Tor.
/// </summary>
internal sealed class TorConfiguration
{
    public const string DefaultTorrc = "/etc/tor/torrc";

    /// <summary>Debian's tor-service-defaults-torrc runs Tor as this user and keeps its state in /var/lib/tor.</summary>
    public const string DefaultUser = "debian-tor";

    public const string DefaultDataDirectory = "/var/lib/tor";

    private const int MaxIncludeDepth = 31;

    private readonly List<TorOption> _options = [];
    private readonly List<string> _files = [];
    private readonly List<string> _unreadable = [];

    private TorConfiguration(string torrc) => Torrc = torrc;

    public string Torrc { get; }

    public bool Exists => _files.Count > 0 || _unreadable.Count > 0;

    public IReadOnlyList<TorOption> Options => _options;

    /// <summary>The torrc and every file included from it, in reading order.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>Files that exist but this user may not read (doctor should run with sudo).</summary>
    public IReadOnlyList<string> Unreadable => _unreadable;

    public string User => Last("user") ?? DefaultUser;

    public string DataDirectory => Last("datadirectory") ?? DefaultDataDirectory;

    /// <summary>Files in the torrc.d beside the torrc that Tor ignores because no %include names them.</summary>
    public IReadOnlyList<string> UnreadFragments
    {
        get
        {
            var fragments = Path.Combine(Path.GetDirectoryName(Torrc) ?? "/", "torrc.d");
            return Directory.Exists(fragments)
                ? Directory.EnumerateFiles(fragments).Where(file => !_files.Contains(file)).Order(StringComparer.Ordinal).ToList()
                : [];
        }
    }

    public IReadOnlyList<OnionService> Services
    {
        get
        {
            // Every HiddenService* option belongs to the HiddenServiceDir before it.
            var services = new List<(string Directory, List<TorOption> Options)>();
            foreach (var option in _options.Where(option => option.Key.StartsWith("hiddenservice", StringComparison.Ordinal)))
            {
                if (option.Key == "hiddenservicedir")
                {
                    services.Add((Unquote(option.Value), []));
                }
                else if (services.Count > 0)
                {
                    services[^1].Options.Add(option);
                }
            }

            return services.Select(service => new OnionService(service.Directory, service.Options)).ToList();
        }
    }

    public static TorConfiguration Read(string torrc)
    {
        var configuration = new TorConfiguration(Path.GetFullPath(torrc));
        if (File.Exists(configuration.Torrc))
        {
            configuration.ReadFile(configuration.Torrc, 0);
        }

        return configuration;
    }

    /// <summary>The service that forwards to the socket, else the last one configured.</summary>
    public OnionService? ServiceFor(string socketPath)
    {
        var services = Services;
        return services.LastOrDefault(service => service.ForwardsTo(socketPath)) ?? (services.Count > 0 ? services[^1] : null);
    }

    private string? Last(string key) => _options.LastOrDefault(option => option.Key == key) is { Value.Length: > 0 } option ? Unquote(option.Value) : null;

    private void ReadFile(string file, int depth)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (UnauthorizedAccessException)
        {
            _unreadable.Add(file);
            return;
        }

        _files.Add(file);
        // As Tor reads a line: a keyword (any case), spaces or tabs, a value up to a '#'.
        foreach (var line in lines.Select(line => (line.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? line[..hash] : line).Trim()).Where(line => line.Length > 0))
        {
            var parts = line.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
            var key = parts[0].ToLowerInvariant();
            var value = parts.Length > 1 ? parts[1].Trim() : string.Empty;
            if (key == "%include")
            {
                foreach (var included in depth < MaxIncludeDepth ? TorIncludes.Expand(Unquote(value), Path.GetDirectoryName(file)!, _unreadable) : [])
                {
                    ReadFile(included, depth + 1);
                }
            }
            else if (key.StartsWith('/'))
            {
                // "/Option" removes what came before instead of adding to it.
                _options.RemoveAll(option => option.Key == key[1..]);
            }
            else
            {
                _options.Add(new TorOption(key.TrimStart('+'), value, file));
            }
        }
    }

    internal static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal) : value;
}
