namespace Intake.Review.Tests.Support;

/// <summary>The `review` program as built by `dotnet build Intake.sln`, run as a real process.</summary>
internal static class ReviewProgram
{
    public static ProcessResult Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        ProcessRunner.Run(ProcessSpec.Dotnet(RepositoryPaths.ReviewDll, arguments) with { Environment = environment ?? new Dictionary<string, string?>() });
}
