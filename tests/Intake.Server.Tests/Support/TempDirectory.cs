namespace Intake.Server.Tests.Support;

/// <summary>A fresh directory under the system temp directory, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory(string purpose)
    {
        Path = Directory.CreateDirectory(
            System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"intake-server-tests-{purpose}-{Guid.NewGuid():N}")).FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A path inside this directory for something (a data directory, say) that does not exist yet.</summary>
    public string NewPath(string name) => File(name);

    public string CreateSubdirectory(string name) => Directory.CreateDirectory(File(name)).FullName;

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
