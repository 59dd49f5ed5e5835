using System.Runtime.Versioning;

namespace Intake.Server.Tests.Support;

/// <summary>Copies a stopped server's data directory, file modes included, so each test can change its own.</summary>
[UnsupportedOSPlatform("windows")]
internal static class DataDirectoryCopy
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static string Copy(string source, string destination)
    {
        Directory.CreateDirectory(destination, Private);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(destination, Path.GetRelativePath(source, directory)), Private);
        }
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            File.Copy(file, target);
            File.SetUnixFileMode(target, File.GetUnixFileMode(file));
        }
        return destination;
    }
}
