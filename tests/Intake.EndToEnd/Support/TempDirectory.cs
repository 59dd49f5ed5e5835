namespace Intake.EndToEnd.Support;

/// <summary>A fresh private directory under the system temp directory, deleted with its contents on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string purpose)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"intake-e2e-{purpose}-{Guid.NewGuid():N}");
        Path = OperatingSystem.IsWindows()
            ? System.IO.Directory.CreateDirectory(path).FullName
            : System.IO.Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Subdirectory(string name) => System.IO.Directory.CreateDirectory(File(name)).FullName;

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A browser or server child still closing a file: the temp directory is cleaned by the OS later.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
