namespace Intake.Server.Tests.Support;

/// <summary>The DEMO reviewer key in deploy/demo (X25519, so Debian's age opens what is encrypted to it).</summary>
internal static class DemoReviewer
{
    public static string Recipient { get; } = File.ReadAllText(RepositoryPaths.DemoFile("DEMO-reviewer-recipient.txt")).Trim();

    /// <summary>Unlocks the passphrase-protected identity with intake-age and writes it, mode 0600, for `age -i`.</summary>
    public static string WriteIdentity(TempDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var identity = IntakeAgeTool.Run(
                "-d", "--passphrase-file", RepositoryPaths.DemoFile("DEMO-passphrase.txt"), RepositoryPaths.DemoFile("DEMO-reviewer-identity.age"))
            .EnsureSuccess().StdoutText;
        Assert.Contains("AGE-SECRET-KEY-1", identity, StringComparison.Ordinal);
        return directory.WritePrivate("demo-identity.txt", identity);
    }
}
