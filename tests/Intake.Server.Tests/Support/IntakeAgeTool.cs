namespace Intake.Server.Tests.Support;

/// <summary>The project's `intake-age` command (the one with post-quantum keys), as built.</summary>
internal static class IntakeAgeTool
{
    public static ProcessResult Run(params string[] arguments) =>
        ProcessRunner.Run(ProcessSpec.Dotnet(RepositoryPaths.IntakeAgeDll, arguments));

    public static async Task DecryptAsync(string identityFile, Stream ciphertext, Stream plaintext)
    {
        var spec = ProcessSpec.Dotnet(RepositoryPaths.IntakeAgeDll, ["-d", "-i", identityFile]) with
        {
            Stdin = stdin => ciphertext.CopyToAsync(stdin),
            StdoutSink = plaintext,
            Timeout = TimeSpan.FromMinutes(2),
        };
        (await ProcessRunner.RunAsync(spec)).EnsureSuccess();
    }

    /// <summary>`intake-age keygen [--pq] -o PATH`: the key file, its secret line and its recipient.</summary>
    public static (string IdentityFile, string Secret, string Recipient) Keygen(string path, bool postQuantum)
    {
        Run(postQuantum ? ["keygen", "--pq", "-o", path] : ["keygen", "-o", path]).EnsureSuccess();
        var lines = File.ReadAllLines(path);
        var secret = lines.Single(line => line.StartsWith("AGE-SECRET-KEY-", StringComparison.Ordinal));
        var recipient = lines.Single(line => line.StartsWith("# public key: ", StringComparison.Ordinal))["# public key: ".Length..];
        return (path, secret, recipient);
    }
}
