using System.Runtime.Versioning;
using System.Text;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;
using Intake.Review.Tests.Support;
using Intake.Review.Workspace;

namespace Intake.Review.Tests.Workspace;

public sealed class IdentityStoreTests
{
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Keygen_writes_a_hybrid_key_as_an_age_file_that_only_the_workspace_passphrase_opens()
    {
        using var test = new TestWorkspace(withIdentity: false);

        var identity = test.Workspace.Identities.Generate(classic: false, "Ana María");

        Assert.StartsWith("age1pq1", identity.Recipients[0], StringComparison.Ordinal);
        var file = Path.Combine(test.Directory, "identities", identity.Name + ".age");
        var ciphertext = File.ReadAllBytes(file);
        Assert.True(AgeDecryptor.LooksLikeAgeFile(ciphertext));
        Assert.Equal(-1, ciphertext.AsSpan().IndexOf("AGE-SECRET-KEY"u8));
        using var passphrase = new ScryptIdentity(TestWorkspace.Passphrase);
        var text = Encoding.UTF8.GetString(AgeDecryptor.Decrypt(ciphertext, [passphrase]));
        var key = Assert.IsType<MlKem768X25519Identity>(Assert.Single(AgeKeys.ParseIdentityFile(text)));
        Assert.Equal(identity.Recipients[0], key.Recipient.ToString());
        using var wrong = new ScryptIdentity("not the passphrase");
        Assert.Throws<NoIdentityMatchedException>(() => AgeDecryptor.Decrypt(ciphertext, [wrong]));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void Classic_keygen_makes_an_x25519_key_and_a_team_unlocks_together()
    {
        using var test = new TestWorkspace();

        var classic = test.Workspace.Identities.Generate(classic: true, label: null);
        using var unlocked = test.Workspace.Identities.Unlock();

        Assert.Matches("^age1[02-9ac-hj-np-z]{58}$", classic.Recipients[0]);
        Assert.Equal(2, unlocked.All.Count);
        Assert.Equal(2, test.Workspace.Identities.List().Count);
        Assert.Contains(unlocked.All, identity => identity is X25519Identity x && x.Recipient.ToString() == classic.Recipients[0]);
    }

    [Fact]
    public void The_demo_identity_is_added_with_its_own_passphrase_and_re_encrypted()
    {
        using var test = new TestWorkspace(withIdentity: false);
        var demoPassphrase = File.ReadAllLines(RepositoryPaths.DemoFile("DEMO-passphrase.txt"))[0];
        var demoRecipient = File.ReadAllText(RepositoryPaths.DemoFile("DEMO-reviewer-recipient.txt")).Trim();

        var identities = IdentityFileReader.Read(RepositoryPaths.DemoFile("DEMO-reviewer-identity.age"), () => demoPassphrase);
        var added = test.Workspace.Identities.Add(identities, "demo");
        using var unlocked = test.Workspace.Identities.Unlock();

        Assert.Equal([demoRecipient], added.Recipients);
        Assert.Equal("demo", added.Name);
        var demo = Assert.IsType<X25519Identity>(Assert.Single(unlocked.All));
        Assert.Equal(demoRecipient, demo.Recipient.ToString());
        using var demoPassphraseIdentity = new ScryptIdentity(demoPassphrase);
        Assert.Throws<NoIdentityMatchedException>(() => AgeDecryptor.Decrypt(File.ReadAllBytes(Path.Combine(test.Directory, "identities", "demo.age")), [demoPassphraseIdentity]));
    }

    [Fact]
    public void Adding_the_same_key_twice_is_refused_and_changes_nothing()
    {
        using var test = new TestWorkspace(withIdentity: false);
        using var key = X25519Identity.Generate();
        test.Workspace.Identities.Add([key], "first");
        var before = test.Fingerprint();

        var refused = Assert.Throws<WorkspaceException>(() => test.Workspace.Identities.Add([X25519Identity.Parse(key.EncodeSecret())], "second"));

        Assert.Equal("This identity is already in the workspace as \"first\"; nothing was changed.", refused.Message);
        Assert.Equal(before, test.Fingerprint());
    }

    [Fact]
    public void A_wrong_identity_passphrase_a_public_key_and_garbage_are_refused_with_what_to_do()
    {
        using var temp = new TempDirectory("review-identity");
        var publicKey = RepositoryPaths.DemoFile("DEMO-reviewer-recipient.txt");
        var garbage = temp.WriteText("garbage.txt", "hello, this is not a key\n");

        var wrong = Assert.Throws<ReviewException>(() => IdentityFileReader.Read(RepositoryPaths.DemoFile("DEMO-reviewer-identity.age"), () => "wrong passphrase"));
        var asked = false;
        var isPublic = Assert.Throws<ReviewException>(() => IdentityFileReader.Read(publicKey, () => { asked = true; return "unused"; }));
        var notKey = Assert.Throws<ReviewException>(() => IdentityFileReader.Read(garbage, () => "unused"));

        Assert.Contains("does not open with that passphrase", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("holds a public key (age1…), not an identity", isPublic.Message, StringComparison.Ordinal);
        Assert.False(asked);
        Assert.Contains("is not an age identity file", notKey.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hello", notKey.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unlocking_without_any_identity_says_how_to_get_one()
    {
        using var test = new TestWorkspace(withIdentity: false);

        var refused = Assert.Throws<WorkspaceException>(test.Workspace.Identities.Unlock);

        Assert.Contains("review keygen", refused.Message, StringComparison.Ordinal);
        Assert.Contains("review identity add", refused.Message, StringComparison.Ordinal);
    }
}
