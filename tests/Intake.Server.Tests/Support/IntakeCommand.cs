namespace Intake.Server.Tests.Support;

/// <summary>The `intake` command as the operator runs it: a process of the built intake.dll.</summary>
internal static class IntakeCommand
{
    public static ProcessResult Run(params string[] arguments) => Run(new Dictionary<string, string?>(), arguments);

    public static ProcessResult Run(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        ProcessRunner.Run(ProcessSpec.Dotnet(RepositoryPaths.IntakeDll, arguments) with { Environment = environment });

    public static void AddRecipient(string dataDirectory, string publicKey) =>
        Run("recipients", "add", publicKey, "--data", dataDirectory).EnsureSuccess();
}
