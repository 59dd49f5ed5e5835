namespace Intake.Server.Doctor;

/// <summary>
/// A systemd unit file and its drop-ins (PATH.d/*.conf, in file-name order) as systemd reads
/// them: the [Service] assignments in the order they apply, so later ones win.
/// </summary>
internal sealed class SystemdUnit
{
    private readonly List<(string Key, string Value)> _assignments = [];

    private SystemdUnit(string path, IReadOnlyList<string> dropIns)
    {
        Path = path;
        DropIns = dropIns;
    }

    public string Path { get; }

    public IReadOnlyList<string> DropIns { get; }

    /// <summary>The unit, or null when <paramref name="path"/> does not exist.</summary>
    public static SystemdUnit? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var directory = path + ".d";
        var dropIns = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.conf").Order(StringComparer.Ordinal).ToList()
            : [];
        var unit = new SystemdUnit(path, dropIns);
        foreach (var file in dropIns.Prepend(path))
        {
            unit.ReadFile(file);
        }

        return unit;
    }

    /// <summary>Every value assigned to <paramref name="key"/>, in order; "" is an assignment that resets.</summary>
    public IEnumerable<string> Values(string key) =>
        _assignments.Where(assignment => assignment.Key == key).Select(assignment => assignment.Value);

    /// <summary>The value that wins, or null when never set or reset by an empty assignment.</summary>
    public string? Last(string key) => Values(key).LastOrDefault() is { Length: > 0 } value ? value : null;

    private void ReadFile(string file)
    {
        var section = string.Empty;
        var pending = string.Empty;
        foreach (var raw in File.ReadLines(file))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            // A trailing backslash continues the line; systemd joins the two with a space.
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            line = (pending + line).Trim();
            pending = string.Empty;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
            }
            else if (section == "Service" && line.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
            {
                _assignments.Add((line[..equals].Trim(), line[(equals + 1)..].Trim()));
            }
        }
    }
}
