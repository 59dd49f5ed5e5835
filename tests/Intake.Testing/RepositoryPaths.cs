namespace Intake.Testing;

/// <summary>
/// Where things are in the repository: its root (the directory holding Intake.sln) and the
/// <c>intake</c>, <c>intake-age</c> and <c>review</c> programs as built by <c>dotnet build Intake.sln</c> in the
/// same configuration as the running tests. A missing build fails the test with what to run.
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(LocateRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>src/Intake.Server/bin/CONFIGURATION/TFM/intake.dll.</summary>
    public static string IntakeDll => BuiltProgram("Intake.Server", "intake.dll");

    /// <summary>src/Intake.AgeCli/bin/CONFIGURATION/TFM/intake-age.dll.</summary>
    public static string IntakeAgeDll => BuiltProgram("Intake.AgeCli", "intake-age.dll");

    /// <summary>src/Intake.Review/bin/CONFIGURATION/TFM/review.dll.</summary>
    public static string ReviewDll => BuiltProgram("Intake.Review", "review.dll");

    /// <summary>The dotnet host that runs these tests (the SDK says which), else the one on PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : ExternalTool.Find("dotnet", "dotnet-sdk-10.0");

    /// <summary>A file in deploy/demo (the DEMO reviewer's keys and passphrase).</summary>
    public static string DemoFile(string name) => Require(Path.Combine(Root, "deploy", "demo", name));

    // The test assembly lives in tests/PROJECT/bin/CONFIGURATION/TFM/: the programs built in the
    // same configuration and TFM are the ones to run, so `dotnet test -c Debug` tests Debug builds.
    private static DirectoryInfo TargetDirectory => new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    private static string Configuration => TargetDirectory.Parent?.Name ?? "Release";

    private static string BuiltProgram(string project, string fileName) =>
        Require(Path.Combine(Root, "src", project, "bin", Configuration, TargetDirectory.Name, fileName));

    private static string Require(string path) =>
        File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} does not exist; build the solution first: dotnet build Intake.sln -c {Configuration}");

    private static string LocateRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Intake.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"no directory above {AppContext.BaseDirectory} holds Intake.sln");
    }
}
