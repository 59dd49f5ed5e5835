namespace Intake.EndToEnd.Review;

/// <summary>
/// The built `review` program, run against one workspace whose passphrase is in a file
/// (--passphrase-file), as a script would: no terminal, nothing typed.
/// </summary>
public sealed record ReviewProgram(string Workspace, string PassphraseFile)
{
    // Longer than the usual minute: each run unlocks the workspace (Argon2id) beside a browser on busy cores.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>`review COMMAND… --workspace W --passphrase-file P`, which must succeed.</summary>
    public ProcessResult Run(params string[] arguments) =>
        ProcessRunner.Run(Spec(arguments) with { Timeout = Timeout }).EnsureSuccess();

    /// <summary>The command line for `review COMMAND… --workspace W --passphrase-file P`.</summary>
    public ProcessSpec Spec(params string[] arguments) =>
        ProcessSpec.Dotnet(RepositoryPaths.ReviewDll, [.. arguments, "--workspace", Workspace, "--passphrase-file", PassphraseFile]);
}
