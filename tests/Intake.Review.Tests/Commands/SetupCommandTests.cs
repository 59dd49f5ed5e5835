using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Commands;

/// <summary>init, keygen, identity and trust-server through the real command line, with exact exit codes and messages.</summary>
public sealed class SetupCommandTests
{
    [Fact]
    public void Init_creates_a_workspace_once_and_refuses_a_second_time_before_asking_anything()
    {
        using var temp = new TempDirectory("review-init");
        var directory = temp.NewPath("ws");
        var passphrase = temp.WriteText("passphrase.txt", TestWorkspace.Passphrase + "\n");

        var created = CommandRunner.Run("init", "--workspace", directory, "--passphrase-file", passphrase);
        var again = CommandRunner.Run("init", "--workspace", directory);

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith($"Created the workspace {directory}.", created.Out, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal($"review: {directory} is already a workspace; nothing was changed. Use it as it is, or name another directory with --workspace.\n", again.Error);
        Assert.True(File.Exists(Path.Combine(directory, "workspace.db")));
    }

    [Fact]
    public void Keygen_prints_only_the_public_key_on_stdout()
    {
        using var test = new TestWorkspace(withIdentity: false);

        var hybrid = CommandRunner.Run("keygen", "--workspace", test.Directory, "--passphrase-file", test.PassphraseFile, "--label", "Ana");
        var classic = CommandRunner.Run("keygen", "--classic", "--workspace", test.Directory, "--passphrase-file", test.PassphraseFile);
        var listed = CommandRunner.Run("identity", "list", "--workspace", test.Directory, "--passphrase-file", test.PassphraseFile);

        Assert.Equal(0, hybrid.ExitCode);
        Assert.Matches("^age1pq1[02-9ac-hj-np-z]+\n$", hybrid.Out);
        Assert.Contains("identities/ana.age", hybrid.Error, StringComparison.Ordinal);
        Assert.Matches("^age1[02-9ac-hj-np-z]{58}\n$", classic.Out);
        Assert.Equal($"ana (Ana): {hybrid.Out.Trim()}\nreviewer: {classic.Out.Trim()}\n", listed.Out);
    }

    [Fact]
    public void Identity_add_takes_the_demo_identity_and_refuses_a_public_key_or_a_wrong_passphrase()
    {
        using var test = new TestWorkspace(withIdentity: false);
        var demo = RepositoryPaths.DemoFile("DEMO-reviewer-identity.age");
        var wrong = test.PathFor("wrong.txt");
        File.WriteAllText(wrong, "not the demo passphrase\n");
        string[] workspace = ["--workspace", test.Directory, "--passphrase-file", test.PassphraseFile];

        var publicKey = CommandRunner.Run(["identity", "add", RepositoryPaths.DemoFile("DEMO-reviewer-recipient.txt"), .. workspace]);
        var badPassphrase = CommandRunner.Run(["identity", "add", demo, "--identity-passphrase-file", wrong, .. workspace]);
        var added = CommandRunner.Run(["identity", "add", demo, "--identity-passphrase-file", RepositoryPaths.DemoFile("DEMO-passphrase.txt"), "--label", "demo", .. workspace]);
        var twice = CommandRunner.Run(["identity", "add", demo, "--identity-passphrase-file", RepositoryPaths.DemoFile("DEMO-passphrase.txt"), .. workspace]);

        Assert.Equal(1, publicKey.ExitCode);
        Assert.Contains("holds a public key (age1…), not an identity", publicKey.Error, StringComparison.Ordinal);
        Assert.Equal(1, badPassphrase.ExitCode);
        Assert.Contains("does not open with that passphrase", badPassphrase.Error, StringComparison.Ordinal);
        Assert.Equal(0, added.ExitCode);
        Assert.StartsWith($"Added the identity \"demo\" (public key {File.ReadAllText(RepositoryPaths.DemoFile("DEMO-reviewer-recipient.txt")).Trim()})", added.Out, StringComparison.Ordinal);
        Assert.Equal(1, twice.ExitCode);
        Assert.Equal("review: This identity is already in the workspace as \"demo\"; nothing was changed.\n", twice.Error);
    }

    [Fact]
    public void Trust_server_pins_an_export_key_once_and_refuses_anything_else()
    {
        using var test = new TestWorkspace(withIdentity: false);
        using var server = new TestServer(test.PathFor(string.Empty));
        string[] workspace = ["--workspace", test.Directory, "--passphrase-file", test.PassphraseFile];

        var pinned = CommandRunner.Run(["trust-server", server.PublicKeyText, .. workspace]);
        var again = CommandRunner.Run(["trust-server", server.PublicKeyText, .. workspace]);
        var ageKey = CommandRunner.Run(["trust-server", File.ReadAllText(RepositoryPaths.DemoFile("DEMO-reviewer-recipient.txt")).Trim(), .. workspace]);
        var garbage = CommandRunner.Run(["trust-server", "intake-export1notakey", .. workspace]);

        Assert.Equal((0, $"Trusting the server export key {server.Key.PublicKey.KeyId}: bundles it signed can now be imported.\n"), (pinned.ExitCode, pinned.Out));
        Assert.Equal((0, $"The server export key {server.Key.PublicKey.KeyId} was already trusted; nothing changed.\n"), (again.ExitCode, again.Out));
        Assert.Equal(1, ageKey.ExitCode);
        Assert.Contains("This is an age key, not the server's export key", ageKey.Error, StringComparison.Ordinal);
        Assert.Equal(1, garbage.ExitCode);
        Assert.EndsWith("Nothing was changed.\n", garbage.Error, StringComparison.Ordinal);
        Assert.Contains(test.Workspace.TrustedServers.List(), key => key.Equals(server.Key.PublicKey));
    }

    [Fact]
    public void A_wrong_or_missing_passphrase_file_fails_and_a_passphrase_option_does_not_exist()
    {
        using var test = new TestWorkspace();
        var wrong = test.PathFor("wrong.txt");
        File.WriteAllText(wrong, "Correct horse battery staple\n");

        var wrongPassphrase = CommandRunner.Run("list", "--workspace", test.Directory, "--passphrase-file", wrong);
        var missing = CommandRunner.Run("list", "--workspace", test.Directory, "--passphrase-file", test.PathFor("absent.txt"));
        var onCommandLine = CommandRunner.Run("list", "--workspace", test.Directory, "--passphrase", TestWorkspace.Passphrase);
        var noWorkspace = CommandRunner.Run("list", "--workspace", test.PathFor("nowhere"));

        Assert.Equal(1, wrongPassphrase.ExitCode);
        Assert.StartsWith($"review: Wrong passphrase for the workspace {test.Directory}; nothing was changed.", wrongPassphrase.Error, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.StartsWith("review: Cannot read the passphrase file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, onCommandLine.ExitCode);
        Assert.DoesNotContain(TestWorkspace.Passphrase, onCommandLine.Error + onCommandLine.Out, StringComparison.Ordinal);
        Assert.Equal(1, noWorkspace.ExitCode);
        Assert.Contains("There is no workspace in", noWorkspace.Error, StringComparison.Ordinal);
    }
}
