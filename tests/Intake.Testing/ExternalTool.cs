namespace Intake.Testing;

/// <summary>
/// Finds a program on PATH. A missing program fails the test with the package to install:
/// interop or a decryption that was not run must not pass for one that works.
/// </summary>
public static class ExternalTool
{
    public static string Find(string name, string debianPackage)
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories.Select(directory => Path.Combine(directory, name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"`{name}` is not on PATH; install the Debian package `{debianPackage}` (bash tests/run.sh installs it)");
    }
}
