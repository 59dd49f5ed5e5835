namespace Intake.Server.Hosting;

/// <summary>The data directory: the database and the key ring, readable by the service user only.</summary>
public static class DataDirectory
{
    public const string DatabaseFileName = "intake.db";
    public const string KeyRingDirectoryName = "keys";

    public static string Prepare(string path)
    {
        var full = Path.GetFullPath(path);
        CreatePrivate(full);
        CreatePrivate(Path.Combine(full, KeyRingDirectoryName));
        return full;
    }

    public static string DatabasePath(string dataDirectory) => Path.Combine(dataDirectory, DatabaseFileName);

    private static void CreatePrivate(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }
        Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
