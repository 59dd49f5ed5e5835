namespace Intake.Testing;

/// <summary>A fresh private directory under the system temp directory, deleted with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <param name="purpose">A word in the directory's name, to tell leftovers apart.</param>
    public TempDirectory(string purpose)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"intake-tests-{purpose}-{Guid.NewGuid():N}");
        Path = OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(path).FullName
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName;
    }

    public string Path { get; }

    /// <summary>
    /// Whether a directory that still cannot be deleted after one retry is left for the OS to clean
    /// instead of failing the test: for directories a browser's child processes may still be using.
    /// </summary>
    public bool LeaveIfBusy { get; init; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A path inside this directory for something (a data directory, say) that does not exist yet.</summary>
    public string NewPath(string name) => File(name);

    public string CreateSubdirectory(string name) => Directory.CreateDirectory(File(name)).FullName;

    public string Write(string name, byte[] contents)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, contents);
        return path;
    }

    public string WriteText(string name, string contents)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, contents);
        return path;
    }

    /// <summary>Writes a file only its owner may read (mode 0600), as secret keys must be.</summary>
    public string WritePrivate(string name, string contents)
    {
        var path = File(name);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(path, options);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(contents));
        return path;
    }

    public void Dispose()
    {
        try
        {
            DeleteWithOneRetry();
        }
        catch (Exception e) when (LeaveIfBusy && e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private void DeleteWithOneRetry()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that just exited may still be closing a file: one more try.
            Thread.Sleep(200);
            Directory.Delete(Path, recursive: true);
        }
    }
}
