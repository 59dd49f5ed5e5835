namespace Intake.Server.Tests.Support;

/// <summary>
/// The programs the tests run as processes: <c>intake</c> and <c>intake-age</c>, as built by
/// <c>dotnet build Intake.sln</c> in the same configuration as this test assembly, on the same
/// dotnet host. A missing build fails the test with what to run.
/// </summary>
internal static class BuiltPrograms
{
    public static string RepositoryRoot { get; } = LocateRepositoryRoot();

    /// <summary>"Release" or "Debug": the configuration this test assembly was built in.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";

    public static string IntakeDll => Require(Path.Combine(RepositoryRoot, "src", "Intake.Server", "bin", Configuration, "net10.0", "intake.dll"));

    public static string IntakeAgeDll => Require(Path.Combine(RepositoryRoot, "src", "Intake.AgeCli", "bin", Configuration, "net10.0", "intake-age.dll"));

    /// <summary>The dotnet host that runs these tests (the SDK says which), else the one on PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : ExternalTool.Find("dotnet", "dotnet-sdk-10.0");

    public static string DemoFile(string name) => Require(Path.Combine(RepositoryRoot, "deploy", "demo", name));

    private static string Require(string path) =>
        File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} does not exist; build the solution first: dotnet build Intake.sln -c {Configuration}");

    private static string LocateRepositoryRoot()
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
