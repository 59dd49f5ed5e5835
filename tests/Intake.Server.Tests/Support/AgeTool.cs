namespace Intake.Server.Tests.Support;

/// <summary>Debian's `age` and `age-keygen` (1.1.1: X25519), the reference implementation.</summary>
internal static class AgeTool
{
    public static async Task DecryptAsync(string identityFile, Stream ciphertext, Stream plaintext)
    {
        var spec = new ProcessSpec(ExternalTool.Find("age", "age"), ["-d", "-i", identityFile])
        {
            Stdin = stdin => ciphertext.CopyToAsync(stdin),
            StdoutSink = plaintext,
            Timeout = TimeSpan.FromMinutes(2),
        };
        (await ProcessRunner.RunAsync(spec)).EnsureSuccess();
    }

    /// <summary>A fresh X25519 key from age-keygen: the AGE-SECRET-KEY-1… line and its age1… recipient.</summary>
    public static (string Secret, string Recipient) Keygen()
    {
        var lines = ProcessRunner.Run(new ProcessSpec(ExternalTool.Find("age-keygen", "age"), []))
            .EnsureSuccess().StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var secret = lines.Single(line => line.StartsWith("AGE-SECRET-KEY-1", StringComparison.Ordinal));
        var recipient = lines.Single(line => line.StartsWith("# public key: ", StringComparison.Ordinal))["# public key: ".Length..];
        return (secret, recipient);
    }
}
