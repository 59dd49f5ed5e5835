namespace Intake.EndToEnd.Support;

/// <summary>The DEMO reviewer key in deploy/demo, which the end-to-end server encrypts to.</summary>
public static class DemoKey
{
    /// <summary>The public key (age1…), as `intake recipients add` takes it.</summary>
    public static string Recipient => File.ReadAllText(RepositoryPaths.DemoFile("DEMO-reviewer-recipient.txt")).Trim();

    /// <summary>The secret key, in an age passphrase-protected file.</summary>
    public static string IdentityFile => RepositoryPaths.DemoFile("DEMO-reviewer-identity.age");

    public static string PassphraseFile => RepositoryPaths.DemoFile("DEMO-passphrase.txt");
}
