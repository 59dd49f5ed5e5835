using System.Text;

namespace Intake.Review.Reports;

/// <summary>
/// Writes a report's files into a new directory all at once: into a private temporary
/// directory beside it (mode 0700, files 0600: the tables are still the team's until they
/// decide to publish), which is then renamed into place. An existing non-empty directory is
/// refused, never merged into or overwritten.
/// </summary>
public static class ReportFiles
{
    public const string Html = "report.html";
    public const string Markdown = "report.md";

    private const UnixFileMode PrivateDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The file names and contents of a report.</summary>
    public static IReadOnlyList<(string Name, string Contents)> Render(CaseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [(Html, HtmlReport.Render(report)), (Markdown, MarkdownReport.Render(report)), .. CsvTables.For(report)];
    }

    /// <exception cref="ReviewException">The directory exists and is not empty.</exception>
    public static void Write(CaseReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        var target = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            throw new ReviewException($"{directory} already exists and is not empty: name a new directory for the report.");
        }
        var files = Render(report);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            CreatePrivateDirectory(temporary);
            foreach (var (name, contents) in files)
            {
                WritePrivate(Path.Combine(temporary, name), Encoding.UTF8.GetBytes(contents));
            }
            if (Directory.Exists(target))
            {
                // Empty (checked above); Directory.Move will not replace even an empty directory.
                Directory.Delete(target);
            }
            Directory.Move(temporary, target);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    private static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, PrivateDirectory);
        }
    }

    private static void WritePrivate(string path, byte[] contents)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFile;
        }
        using var file = new FileStream(path, options);
        file.Write(contents);
        file.Flush(flushToDisk: true);
    }
}
