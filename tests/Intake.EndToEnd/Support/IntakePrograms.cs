namespace Intake.EndToEnd.Support;

/// <summary>Runs the built `intake` and `intake-age` programs to completion.</summary>
public static class IntakePrograms
{
    // Longer than the usual minute: these run beside a browser and a server on busy cores.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static ProcessResult Intake(params string[] arguments) => Run(RepositoryPaths.IntakeDll, arguments);

    public static ProcessResult IntakeAge(params string[] arguments) => Run(RepositoryPaths.IntakeAgeDll, arguments);

    private static ProcessResult Run(string dll, string[] arguments) =>
        ProcessRunner.Run(ProcessSpec.Dotnet(dll, arguments) with { Timeout = Timeout });
}
