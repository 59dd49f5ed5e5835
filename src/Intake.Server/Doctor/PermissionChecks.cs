namespace Intake.Server.Doctor;

/// <summary>The data directory and everything in it are the service user's alone.</summary>
internal static class PermissionChecks
{
    /// <summary>Every permission bit but the owner's.</summary>
    public const UnixFileMode GroupOrOther =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static CheckResult DataDirectory(string directory)
    {
        const string name = "data directory permissions";
        if (OperatingSystem.IsWindows())
        {
            return CheckResult.Pass(name, "not checked on Windows");
        }

        var open = new List<string>();
        if ((File.GetUnixFileMode(directory) & GroupOrOther) != 0)
        {
            open.Add(directory);
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            if ((File.GetUnixFileMode(entry) & GroupOrOther) != 0)
            {
                open.Add(entry);
            }
        }

        return open.Count == 0
            ? CheckResult.Pass(name, $"{directory} and everything in it are readable by their owner only")
            : CheckResult.Fail(name, $"{string.Join(", ", open.Take(5))}{(open.Count > 5 ? $" and {open.Count - 5} more" : string.Empty)} can be read or entered by other users. Fix: chmod -R go-rwx {directory}");
    }
}
