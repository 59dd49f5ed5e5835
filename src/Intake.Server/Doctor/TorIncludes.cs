using System.Text.RegularExpressions;

namespace Intake.Server.Doctor;

/// <summary>What Tor's %include lines name: a file, a directory or a glob (Tor 0.4.5 and later).</summary>
internal static class TorIncludes
{
    /// <summary>
    /// The files an %include pattern names, in the order Tor reads them: matches sorted
    /// lexically, a directory standing for its files (no dot files, no subdirectories).
    /// Directories this user may not list are added to <paramref name="unreadable"/>.
    /// </summary>
    public static IEnumerable<string> Expand(string pattern, string relativeTo, List<string> unreadable)
    {
        foreach (var match in Glob(Path.GetFullPath(pattern, relativeTo), unreadable).Order(StringComparer.Ordinal))
        {
            if (Directory.Exists(match))
            {
                foreach (var file in Entries(match, unreadable).Where(entry => File.Exists(entry) && !Path.GetFileName(entry).StartsWith('.')).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (File.Exists(match))
            {
                yield return match;
            }
        }
    }

    // Tor's globs: '*' and '?' within one path component, '\' escapes; a leading dot must be written.
    private static List<string> Glob(string path, List<string> unreadable)
    {
        List<string> matches = ["/"];
        foreach (var component in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (component.IndexOfAny(['*', '?']) < 0)
            {
                var literal = Regex.Replace(component, @"\\(.)", "$1");
                matches = matches.Select(directory => Path.Combine(directory, literal)).ToList();
                continue;
            }

            var regex = new Regex("^" + Regex.Replace(component, @"\\.|\*|\?|[^\\*?]+", piece => piece.Value switch
            {
                "*" => "[^/]*",
                "?" => "[^/]",
                var escaped when escaped.StartsWith('\\') => Regex.Escape(escaped[1..]),
                var text => Regex.Escape(text),
            }) + "$", RegexOptions.CultureInvariant);
            var dotFiles = component.StartsWith('.');
            matches = matches.Where(Directory.Exists)
                .SelectMany(directory => Entries(directory, unreadable))
                .Where(entry => regex.IsMatch(Path.GetFileName(entry)) && (dotFiles || !Path.GetFileName(entry).StartsWith('.')))
                .ToList();
        }

        return matches;
    }

    private static List<string> Entries(string directory, List<string> unreadable)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(directory).ToList();
        }
        catch (UnauthorizedAccessException)
        {
            unreadable.Add(directory);
            return [];
        }
    }
}
