using Intake.AgeCli.Tests.Support;
using Intake.AgeCli.Tests.Tools;

namespace Intake.AgeCli.Tests;

/// <summary>
/// Passphrase (scrypt) files and passphrase-protected identity files interoperate both ways
/// with `age`, which reads passphrases only from a terminal: it runs on a pseudo-terminal here.
/// </summary>
public sealed class ScryptWithAgeTests : IDisposable
{
    private const string Passphrase = "correct horse battery staple 1848";

    private readonly TempDirectory _directory = new("age");
    private readonly string _passphraseFile;
    private readonly byte[] _plaintext = Payload.Random(150_000, seed: 11);
    private readonly string _input;

    public ScryptWithAgeTests()
    {
        _passphraseFile = _directory.WriteText("passphrase.txt", Passphrase + "\n");
        _input = _directory.Write("plain", _plaintext);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Age_passphrase_file_decrypts_with_intake_age_passphrase_file()
    {
        var encrypted = _directory.File("plain.age");
        Age.RunTyping([Passphrase, Passphrase], "-p", "-o", encrypted, _input).EnsureSuccess();

        var decrypted = IntakeAge.Run("-d", "--passphrase-file", _passphraseFile, encrypted).EnsureSuccess().Stdout;

        BytesAssert.Equal(_plaintext, decrypted, "age -p → intake-age -d --passphrase-file");
    }

    [Fact]
    public void Armored_age_passphrase_file_decrypts_with_intake_age()
    {
        var encrypted = _directory.File("plain.age.txt");
        Age.RunTyping([Passphrase, Passphrase], "-p", "-a", "-o", encrypted, _input).EnsureSuccess();

        var decrypted = IntakeAge.RunWithStdin(File.ReadAllBytes(encrypted), "-d", "--passphrase-file", _passphraseFile).EnsureSuccess().Stdout;

        BytesAssert.Equal(_plaintext, decrypted, "age -p -a → intake-age -d --passphrase-file");
    }

    [Fact]
    public void Intake_age_passphrase_file_decrypts_with_age()
    {
        var encrypted = _directory.File("plain.age");
        IntakeAge.Run("-p", "--passphrase-file", _passphraseFile, "-o", encrypted, _input).EnsureSuccess();

        var output = _directory.File("plain.out");
        Age.RunTyping([Passphrase], "-d", "-o", output, encrypted).EnsureSuccess();

        BytesAssert.Equal(_plaintext, File.ReadAllBytes(output), "intake-age -p --passphrase-file → age -d");
    }

    [Fact]
    public void Intake_age_reads_the_passphrase_from_the_terminal_both_ways()
    {
        var encrypted = _directory.File("plain.age");
        // Typed twice in case intake-age asks for a confirmation, as age does.
        IntakeAge.RunTyping([Passphrase, Passphrase], "-p", "-o", encrypted, _input).EnsureSuccess();

        var output = _directory.File("plain.out");
        IntakeAge.RunTyping([Passphrase], "-d", "-o", output, encrypted).EnsureSuccess();

        BytesAssert.Equal(_plaintext, File.ReadAllBytes(output), "intake-age -p → intake-age -d, passphrase typed on the terminal");
    }

    [Fact]
    public void Wrong_passphrase_is_refused_with_one_line()
    {
        var encrypted = _directory.File("plain.age");
        IntakeAge.Run("-p", "--passphrase-file", _passphraseFile, "-o", encrypted, _input).EnsureSuccess();
        var wrong = _directory.WriteText("wrong.txt", "not the passphrase\n");
        var output = _directory.File("plain.out");

        var result = IntakeAge.Run("-d", "--passphrase-file", wrong, "-o", output, encrypted);

        CliFailure.AssertOneLineError(result);
        Assert.False(File.Exists(output), "a refused decryption left its -o file behind");
    }

    [Fact]
    public void Identity_file_protected_by_age_is_read_by_intake_age()
    {
        var key = Age.Keygen(_directory.File("key.txt"));
        var protectedKey = _directory.File("key.txt.age");
        Age.RunTyping([Passphrase, Passphrase], "-p", "-a", "-o", protectedKey, key.IdentityPath).EnsureSuccess();
        var encrypted = _directory.File("plain.age");
        Age.Run("-r", key.Recipient, "-o", encrypted, _input).EnsureSuccess();

        var decrypted = IntakeAge.Run("-d", "-i", protectedKey, "--passphrase-file", _passphraseFile, encrypted).EnsureSuccess().Stdout;

        BytesAssert.Equal(_plaintext, decrypted, "identity protected by age -p -a, read by intake-age -d -i");
    }

    [Fact]
    public void Identity_file_protected_by_intake_age_is_read_by_age()
    {
        var key = IntakeAge.Keygen(_directory.File("key.txt"));
        var protectedKey = _directory.File("key.txt.age");
        IntakeAge.Run("-p", "--passphrase-file", _passphraseFile, "-o", protectedKey, key.IdentityPath).EnsureSuccess();
        var encrypted = _directory.File("plain.age");
        IntakeAge.Run("-r", key.Recipient, "-o", encrypted, _input).EnsureSuccess();

        var output = _directory.File("plain.out");
        Age.RunTyping([Passphrase], "-d", "-i", protectedKey, "-o", output, encrypted).EnsureSuccess();

        BytesAssert.Equal(_plaintext, File.ReadAllBytes(output), "identity protected by intake-age -p, read by age -d -i");
    }
}
