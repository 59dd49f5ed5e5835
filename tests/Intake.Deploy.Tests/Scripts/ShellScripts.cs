using System.Text;
using System.Text.RegularExpressions;

namespace Intake.Deploy.Tests.Scripts;

/// <summary>The repository's shell scripts: every *.sh, and every file whose first line is a sh or bash shebang.</summary>
internal static partial class ShellScripts
{
    // Build output, dependencies and the repository's own metadata hold no scripts of ours.
    private static readonly HashSet<string> Skipped = new(["bin", "obj", "node_modules", "artifacts", ".git"], StringComparer.Ordinal);

    /// <summary>Paths relative to the repository root, with '/' separators, in order.</summary>
    public static IReadOnlyList<string> In(string root) =>
        Walk(root)
            .Where(IsScript)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> Walk(string directory) =>
        Directory.EnumerateFiles(directory).Concat(
            Directory.EnumerateDirectories(directory)
                .Where(child => !Skipped.Contains(Path.GetFileName(child)) && new DirectoryInfo(child).LinkTarget is null)
                .SelectMany(Walk));

    private static bool IsScript(string path) =>
        path.EndsWith(".sh", StringComparison.Ordinal) || Shebang().IsMatch(FirstLine(path));

    private static string FirstLine(string path)
    {
        var start = new byte[128];
        using var file = File.OpenRead(path);
        var read = file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var text = Encoding.UTF8.GetString(start, 0, read);
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    [GeneratedRegex(@"^#!\s*(/usr)?/bin/(env\s+)?(sh|bash|dash)(\s|$)")]
    private static partial Regex Shebang();
}
