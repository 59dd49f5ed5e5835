using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Intake.Review.Attachments;

/// <summary>
/// Debian's <c>mat2</c>, which removes metadata from documents, images and media. It decides a
/// file's type by its extension, so the copy it works on is named with the attachment's own.
/// </summary>
internal sealed partial class Mat2(string executable)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private HashSet<string>? supported;

    /// <summary>mat2 on PATH, or null when it is not installed.</summary>
    public static Mat2? Find()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories.Select(directory => Path.Combine(directory, "mat2")).FirstOrDefault(File.Exists) is { } path ? new Mat2(path) : null;
    }

    /// <summary>Whether mat2 can clean files with this extension (".jpg"); from <c>mat2 -l</c>.</summary>
    public bool Supports(string extension)
    {
        supported ??= SupportedExtensions().Matches(Run("-l").Output).Select(match => match.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return supported.Contains(extension.ToLowerInvariant());
    }

    /// <summary>The metadata fields of a file (<c>mat2 --show</c>).</summary>
    public IReadOnlyList<MetadataField> Show(string path) =>
        FieldLine().Matches(Run("--show", path).Output).Select(match => new MetadataField(match.Groups["name"].Value.Trim())).ToList();

    /// <summary>Writes a copy without metadata beside <paramref name="path"/> and returns its path.</summary>
    /// <exception cref="ReviewException">mat2 failed.</exception>
    public string Clean(string path)
    {
        var result = Run(path);
        var cleaned = Path.Combine(Path.GetDirectoryName(path)!, $"{Path.GetFileNameWithoutExtension(path)}.cleaned{Path.GetExtension(path)}");
        return result.ExitCode == 0 && File.Exists(cleaned)
            ? cleaned
            : throw new ReviewException($"mat2 could not remove the metadata (exit code {result.ExitCode}: {result.Error.Trim()}). Nothing was written; the file may be damaged, or pass --no-clean to copy it as it is.");
    }

    private (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new ReviewException($"Could not start {executable}.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new ReviewException($"mat2 did not finish within {Timeout.TotalMinutes} minutes and was stopped. Nothing was written.");
        }
        return (process.ExitCode, output, error.GetAwaiter().GetResult());
    }

    // "  - image/jpeg (.jfif, .jpeg, .jpg, .jpe)": every extension in parentheses.
    [GeneratedRegex(@"\.[A-Za-z0-9]+(?=[,)])")]
    private static partial Regex SupportedExtensions();

    // "    GPSLatitude: 10.5" under "[+] Metadata for …:".
    [GeneratedRegex(@"^\s+(?<name>[^:\r\n]+):", RegexOptions.Multiline)]
    private static partial Regex FieldLine();
}
