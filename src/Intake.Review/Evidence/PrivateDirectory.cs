namespace Intake.Review.Evidence;

/// <summary>
/// Writes a new directory whole or not at all: the files go into a hidden sibling (mode 0700,
/// files 0600), flushed, which is then renamed to the target. The target must not exist, so
/// an export never mixes with or replaces an earlier one.
/// </summary>
internal static class PrivateDirectory
{
    private const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <exception cref="ReviewException">The target exists or its parent does not.</exception>
    public static void RequireNew(string target)
    {
        if (Directory.Exists(target) || File.Exists(target))
        {
            throw new ReviewException($"{target} already exists; nothing was written. Name a new directory with --out.");
        }
        if (!Directory.Exists(Path.GetDirectoryName(target)))
        {
            throw new ReviewException($"The directory that should hold {target} does not exist; nothing was written. Create it, or name another place with --out.");
        }
    }

    /// <param name="files">File name and UTF-8 text of each file.</param>
    public static void Write(string target, IReadOnlyList<KeyValuePair<string, string>> files)
    {
        RequireNew(target);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(temporary);
            }
            else
            {
                Directory.CreateDirectory(temporary, DirectoryMode);
            }
            foreach (var (name, text) in files)
            {
                WriteFile(Path.Combine(temporary, name), text);
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

    private static void WriteFile(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode600;
        }
        using var file = new FileStream(path, options);
        file.Write(new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        file.Flush(flushToDisk: true);
    }
}
