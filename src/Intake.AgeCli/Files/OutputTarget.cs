namespace Intake.AgeCli.Files;

/// <summary>
/// Where results go. For a named file the bytes go to a hidden temporary file beside it,
/// renamed into place only on <see cref="Commit"/>: a failed run never leaves a partial
/// or unverified file under the name the user asked for. Devices and pipes are written in place.
/// </summary>
public sealed class OutputTarget : IDisposable
{
    private readonly string? _finalPath;
    private readonly string? _temporaryPath;
    private bool _committed;

    private OutputTarget(Stream stream, string? finalPath, string? temporaryPath)
    {
        Stream = stream;
        _finalPath = finalPath;
        _temporaryPath = temporaryPath;
    }

    public Stream Stream { get; }

    /// <summary>Standard output (when <paramref name="path"/> is null or "-") or a new file, readable only by its owner.</summary>
    public static OutputTarget Open(string? path, Func<Stream> standardOutput)
    {
        if (path is null or "-")
        {
            return new OutputTarget(standardOutput(), null, null);
        }
        if (FileKind.IsSpecial(path))
        {
            return new OutputTarget(new FileStream(path, FileMode.Open, FileAccess.Write), null, null);
        }
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.partial");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            BufferSize = 0,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return new OutputTarget(new FileStream(temporary, options), full, temporary);
    }

    public void Commit()
    {
        Stream.Flush();
        if (_temporaryPath is not null && _finalPath is not null)
        {
            Stream.Dispose();
            File.Move(_temporaryPath, _finalPath, overwrite: true);
        }
        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && _temporaryPath is not null)
        {
            File.Delete(_temporaryPath);
        }
    }
}
