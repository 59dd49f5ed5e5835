namespace Intake.Review.Tests.Support;

/// <summary>The `review` program as built by `dotnet build Intake.sln`, run as a real process.</summary>
internal static class ReviewProgram
{
    /// <summary>src/Intake.Review/bin/CONFIGURATION/TFM/review.dll, in the configuration of the running tests.</summary>
    public static string Dll
    {
        get
        {
            var target = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var path = Path.Combine(RepositoryPaths.Root, "src", "Intake.Review", "bin", target.Parent!.Name, target.Name, "review.dll");
            return File.Exists(path) ? path : throw new InvalidOperationException($"{path} does not exist; build the solution first: dotnet build Intake.sln");
        }
    }

    public static ProcessResult Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        ProcessRunner.Run(ProcessSpec.Dotnet(Dll, arguments) with { Environment = environment ?? new Dictionary<string, string?>() });
}
