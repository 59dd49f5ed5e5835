using Intake.AgeCli.Tests.Support;
using Intake.AgeCli.Tests.Tools;

namespace Intake.AgeCli.Tests;

/// <summary>
/// Files interoperate both ways with typage: post-quantum hybrid (mlkem768x25519), which
/// Debian's age cannot test, and X25519, binary and armored.
/// </summary>
public sealed class TypageInteropTests(TypageKeysFixture keys) : IClassFixture<TypageKeysFixture>, IDisposable
{
    private readonly TempDirectory _directory = new("age");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Keys_are_of_the_expected_kinds()
    {
        Assert.StartsWith("AGE-SECRET-KEY-PQ-1", keys.TypageHybrid.Identity, StringComparison.Ordinal);
        Assert.StartsWith("age1pq1", keys.TypageHybrid.Recipient, StringComparison.Ordinal);
        Assert.StartsWith("age1pq1", keys.IntakeHybridKey.Recipient, StringComparison.Ordinal);
        Assert.StartsWith("AGE-SECRET-KEY-PQ-1", File.ReadAllLines(keys.IntakeHybridKey.IdentityPath)[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65536)]
    [InlineData(65537)]
    [InlineData(1024 * 1024)]
    public void Hybrid_intake_age_encrypts_and_typage_decrypts(int size)
    {
        var plaintext = Payload.Random(size, seed: size);

        var encrypted = IntakeAge.RunWithStdin(plaintext, "-r", keys.TypageHybrid.Recipient).EnsureSuccess().Stdout;
        var decrypted = Typage.RunWithStdin(encrypted, "decrypt", "-i", keys.TypageHybrid.Identity).EnsureSuccess().Stdout;

        BytesAssert.Equal(plaintext, decrypted, $"{size} bytes, hybrid, intake-age → typage");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65536)]
    [InlineData(65537)]
    [InlineData(1024 * 1024)]
    public void Hybrid_typage_encrypts_and_intake_age_decrypts(int size)
    {
        var plaintext = Payload.Random(size, seed: size);

        var encrypted = _directory.Write("plain.age", Typage.RunWithStdin(plaintext, "encrypt", "-r", keys.IntakeHybridKey.Recipient).EnsureSuccess().Stdout);
        var output = _directory.File("plain.out");
        IntakeAge.Run("-d", "-i", keys.IntakeHybridKey.IdentityPath, "-o", output, encrypted).EnsureSuccess();

        BytesAssert.Equal(plaintext, File.ReadAllBytes(output), $"{size} bytes, hybrid, typage → intake-age");
    }

    [Fact]
    public void Hybrid_keys_from_typage_work_in_intake_age_both_ways()
    {
        var plaintext = Payload.Random(70_000, seed: 21);

        var encrypted = IntakeAge.RunWithStdin(plaintext, "-r", keys.TypageHybridKey.Recipient).EnsureSuccess().Stdout;
        var decrypted = IntakeAge.RunWithStdin(encrypted, "-d", "-i", keys.TypageHybridKey.IdentityPath).EnsureSuccess().Stdout;

        BytesAssert.Equal(plaintext, decrypted, "typage's hybrid key file, intake-age → intake-age");
    }

    [Fact]
    public void Two_hybrid_recipients_each_decrypt()
    {
        var plaintext = Payload.Random(5000, seed: 22);

        var encrypted = IntakeAge.RunWithStdin(plaintext, "-r", keys.TypageHybrid.Recipient, "-r", keys.IntakeHybridKey.Recipient).EnsureSuccess().Stdout;

        BytesAssert.Equal(plaintext, Typage.RunWithStdin(encrypted, "decrypt", "-i", keys.TypageHybrid.Identity).EnsureSuccess().Stdout, "typage's identity");
        BytesAssert.Equal(plaintext, IntakeAge.RunWithStdin(encrypted, "-d", "-i", keys.IntakeHybridKey.IdentityPath).EnsureSuccess().Stdout, "intake-age's identity");
    }

    [Fact]
    public void X25519_interoperates_with_typage_both_ways()
    {
        var plaintext = Payload.Random(200_000, seed: 23);

        var byIntake = IntakeAge.RunWithStdin(plaintext, "-r", keys.TypageX25519.Recipient).EnsureSuccess().Stdout;
        BytesAssert.Equal(plaintext, Typage.RunWithStdin(byIntake, "decrypt", "-i", keys.TypageX25519.Identity).EnsureSuccess().Stdout, "X25519, intake-age → typage");

        var byTypage = Typage.RunWithStdin(plaintext, "encrypt", "-r", keys.IntakeX25519Key.Recipient).EnsureSuccess().Stdout;
        BytesAssert.Equal(plaintext, IntakeAge.RunWithStdin(byTypage, "-d", "-i", keys.IntakeX25519Key.IdentityPath).EnsureSuccess().Stdout, "X25519, typage → intake-age");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Armored_files_interoperate_with_typage_both_ways(bool hybrid)
    {
        var plaintext = Payload.Random(100_000, seed: 24);
        var (typageIdentity, typageRecipient) = hybrid ? keys.TypageHybrid : keys.TypageX25519;
        var intakeKey = hybrid ? keys.IntakeHybridKey : keys.IntakeX25519Key;

        var byIntake = IntakeAge.RunWithStdin(plaintext, "-a", "-r", typageRecipient).EnsureSuccess();
        Assert.StartsWith("-----BEGIN AGE ENCRYPTED FILE-----", byIntake.StdoutText, StringComparison.Ordinal);
        BytesAssert.Equal(plaintext, Typage.RunWithStdin(byIntake.Stdout, "decrypt", "-i", typageIdentity).EnsureSuccess().Stdout, "armored, intake-age → typage");

        var byTypage = Typage.RunWithStdin(plaintext, "encrypt", "-a", "-r", intakeKey.Recipient).EnsureSuccess().Stdout;
        BytesAssert.Equal(plaintext, IntakeAge.RunWithStdin(byTypage, "-d", "-i", intakeKey.IdentityPath).EnsureSuccess().Stdout, "armored, typage → intake-age");
    }

    [Fact]
    public void A_typage_file_mixing_hybrid_and_X25519_recipients_decrypts_with_either_identity()
    {
        var plaintext = Payload.Random(1000, seed: 25);

        var encrypted = Typage.RunWithStdin(plaintext, "encrypt", "-r", keys.IntakeHybridKey.Recipient, "-r", keys.IntakeX25519Key.Recipient).EnsureSuccess().Stdout;

        // age.md: files SHOULD NOT mix the two kinds, but those that do still decrypt.
        BytesAssert.Equal(plaintext, IntakeAge.RunWithStdin(encrypted, "-d", "-i", keys.IntakeHybridKey.IdentityPath).EnsureSuccess().Stdout, "hybrid identity");
        BytesAssert.Equal(plaintext, IntakeAge.RunWithStdin(encrypted, "-d", "-i", keys.IntakeX25519Key.IdentityPath).EnsureSuccess().Stdout, "X25519 identity");
    }

    [Fact]
    public void Mixing_hybrid_and_X25519_recipients_is_refused()
    {
        var output = _directory.File("mixed.age");

        var result = IntakeAge.RunWithStdin([1, 2, 3], "-r", keys.TypageHybrid.Recipient, "-r", keys.TypageX25519.Recipient, "-o", output);

        CliFailure.AssertOneLineError(result);
        Assert.Matches("(?i)mix|post-quantum", result.Stderr);
        Assert.False(File.Exists(output) && new FileInfo(output).Length > 0, "a refused encryption wrote ciphertext to its -o file");
    }
}
