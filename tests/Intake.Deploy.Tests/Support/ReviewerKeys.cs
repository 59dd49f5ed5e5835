namespace Intake.Deploy.Tests.Support;

/// <summary>Reviewer keys for the installs: the DEMO public key and fresh pairs from Debian's age-keygen.</summary>
internal static class ReviewerKeys
{
    public static string Demo => File.ReadAllText(RepositoryPaths.DemoFile("DEMO-reviewer-recipient.txt")).Trim();

    /// <summary>A fresh X25519 key: the AGE-SECRET-KEY-1… line and its age1… public key.</summary>
    public static (string Secret, string Recipient) Generate()
    {
        var lines = ProcessRunner.Run(new ProcessSpec(ExternalTool.Find("age-keygen", "age"), []))
            .EnsureSuccess().StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var secret = lines.Single(line => line.StartsWith("AGE-SECRET-KEY-1", StringComparison.Ordinal));
        var recipient = lines.Single(line => line.StartsWith("# public key: ", StringComparison.Ordinal))["# public key: ".Length..];
        return (secret, recipient);
    }
}
