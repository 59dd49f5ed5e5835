namespace Intake.EndToEnd.Support;

/// <summary>
/// Where things are in the repository: its root (the directory holding Intake.sln), the
/// built `intake` and `intake-age` programs, the DEMO reviewer key and the screenshot folder.
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(LocateRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>src/Intake.Server/bin/CONFIGURATION/net10.0/intake.dll, built with the same configuration as these tests.</summary>
    public static string IntakeDll => BuiltProgram("Intake.Server", "intake.dll");

    /// <summary>src/Intake.AgeCli/bin/CONFIGURATION/net10.0/intake-age.dll.</summary>
    public static string IntakeAgeDll => BuiltProgram("Intake.AgeCli", "intake-age.dll");

    public static string DemoDirectory => Path.Combine(Root, "deploy", "demo");

    /// <summary>The DEMO reviewer's public key (age1…), as `intake recipients add` takes it.</summary>
    public static string DemoRecipient => File.ReadAllText(Path.Combine(DemoDirectory, "DEMO-reviewer-recipient.txt")).Trim();

    /// <summary>The DEMO reviewer's secret key, in an age passphrase-protected file.</summary>
    public static string DemoIdentityFile => Path.Combine(DemoDirectory, "DEMO-reviewer-identity.age");

    public static string DemoPassphraseFile => Path.Combine(DemoDirectory, "DEMO-passphrase.txt");

    /// <summary>artifacts/screenshots/ at the repository root (gitignored), created if missing.</summary>
    public static string ScreenshotDirectory => Directory.CreateDirectory(Path.Combine(Root, "artifacts", "screenshots")).FullName;

    /// <summary>The dotnet host that runs these tests (the SDK says which), else the one on PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string BuiltProgram(string project, string fileName)
    {
        // This assembly lives in tests/Intake.EndToEnd/bin/CONFIGURATION/net10.0/: use the programs
        // built beside it in the same configuration, so `dotnet test -c Debug` tests Debug builds.
        var targetDirectory = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = targetDirectory.Parent?.Name ?? "Release";
        var path = Path.Combine(Root, "src", project, "bin", configuration, targetDirectory.Name, fileName);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} does not exist: build the solution first (dotnet build Intake.sln -c {configuration}).");
    }

    private static string LocateRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Intake.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} holds Intake.sln.");
    }
}
