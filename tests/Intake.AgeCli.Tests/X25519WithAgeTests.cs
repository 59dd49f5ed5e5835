using Intake.AgeCli.Tests.Support;
using Intake.AgeCli.Tests.Tools;

namespace Intake.AgeCli.Tests;

/// <summary>X25519 files interoperate both ways with the reference `age` CLI, keys from either keygen.</summary>
public sealed class X25519WithAgeTests(X25519KeysFixture keys) : IClassFixture<X25519KeysFixture>, IDisposable
{
    private const string ArmorBegin = "-----BEGIN AGE ENCRYPTED FILE-----\n";
    private const string ArmorEnd = "-----END AGE ENCRYPTED FILE-----\n";

    private readonly TempDirectory _directory = new("age");

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(65537)]
    [InlineData(10 * 1024 * 1024)]
    public void Intake_age_encrypts_file_to_file_and_age_decrypts(int size)
    {
        var plaintext = Payload.Random(size, seed: size);
        var input = _directory.Write("plain", plaintext);
        var encrypted = _directory.File("plain.age");

        IntakeAge.Run("-r", keys.AgeKey.Recipient, "-o", encrypted, input).EnsureSuccess();
        var decrypted = Age.Run("-d", "-i", keys.AgeKey.IdentityPath, encrypted).EnsureSuccess().Stdout;

        BytesAssert.Equal(plaintext, decrypted, $"{size} bytes, intake-age → age");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65535)]
    [InlineData(65536)]
    [InlineData(65537)]
    [InlineData(10 * 1024 * 1024)]
    public void Age_encrypts_and_intake_age_decrypts_stdin_to_stdout(int size)
    {
        var plaintext = Payload.Random(size, seed: size);
        var input = _directory.Write("plain", plaintext);
        var encrypted = _directory.File("plain.age");

        Age.Run("-r", keys.IntakeKey.Recipient, "-o", encrypted, input).EnsureSuccess();
        var decrypted = IntakeAge.RunWithStdin(File.ReadAllBytes(encrypted), "-d", "-i", keys.IntakeKey.IdentityPath).EnsureSuccess().Stdout;

        BytesAssert.Equal(plaintext, decrypted, $"{size} bytes, age → intake-age");
    }

    [Fact]
    public void Random_sizes_round_trip_both_ways()
    {
        var random = new Random(TestSeed.Value);
        for (var i = 0; i < 3; i++)
        {
            var size = random.Next(0, 400_000);
            var plaintext = Payload.Random(size, random.Next());
            var context = $"{size} bytes, {TestSeed.Description}";

            // intake-age stdin → stdout, age decrypts from stdin.
            var byIntake = IntakeAge.RunWithStdin(plaintext, "-r", keys.AgeKey.Recipient).EnsureSuccess().Stdout;
            BytesAssert.Equal(plaintext, Age.RunWithStdin(byIntake, "-d", "-i", keys.AgeKey.IdentityPath).EnsureSuccess().Stdout, $"intake-age → age, {context}");

            // age from stdin, intake-age file → file.
            var byAge = _directory.Write("random.age", Age.RunWithStdin(plaintext, "-r", keys.IntakeKey.Recipient).EnsureSuccess().Stdout);
            var output = _directory.File("random.out");
            IntakeAge.Run("-d", "-i", keys.IntakeKey.IdentityPath, "-o", output, byAge).EnsureSuccess();
            BytesAssert.Equal(plaintext, File.ReadAllBytes(output), $"age → intake-age, {context}");
        }
    }

    [Fact]
    public void Armored_files_interoperate_both_ways()
    {
        var plaintext = Payload.Random(100_000, seed: 7);
        var input = _directory.Write("plain", plaintext);

        var byIntake = IntakeAge.Run("-a", "-r", keys.AgeKey.Recipient, input).EnsureSuccess().StdoutText;
        AssertArmored(byIntake);
        var armoredPath = _directory.WriteText("intake.age.txt", byIntake);
        BytesAssert.Equal(plaintext, Age.Run("-d", "-i", keys.AgeKey.IdentityPath, armoredPath).EnsureSuccess().Stdout, "armored, intake-age → age");

        var byAge = Age.Run("-a", "-r", keys.IntakeKey.Recipient, input).EnsureSuccess().Stdout;
        BytesAssert.Equal(plaintext, IntakeAge.RunWithStdin(byAge, "-d", "-i", keys.IntakeKey.IdentityPath).EnsureSuccess().Stdout, "armored, age → intake-age");
    }

    [Fact]
    public void Intake_age_encrypts_to_three_recipients_and_each_identity_alone_decrypts()
    {
        var plaintext = Payload.Random(70_000, seed: 3);
        var encrypted = _directory.File("three.age");
        IntakeAge.Run("-r", keys.AgeKey.Recipient, "-r", keys.IntakeKey.Recipient, "-r", keys.SecondIntakeKey.Recipient,
            "-o", encrypted, _directory.Write("plain", plaintext)).EnsureSuccess();

        foreach (var key in AllKeys())
        {
            BytesAssert.Equal(plaintext, Age.Run("-d", "-i", key.IdentityPath, encrypted).EnsureSuccess().Stdout, $"age with {key.IdentityPath}");
            BytesAssert.Equal(plaintext, IntakeAge.Run("-d", "-i", key.IdentityPath, encrypted).EnsureSuccess().Stdout, $"intake-age with {key.IdentityPath}");
        }
    }

    [Fact]
    public void Age_encrypts_to_three_recipients_and_intake_age_decrypts_with_each_identity_alone()
    {
        var plaintext = Payload.Random(70_000, seed: 4);
        var encrypted = _directory.File("three.age");
        Age.Run("-r", keys.AgeKey.Recipient, "-r", keys.IntakeKey.Recipient, "-r", keys.SecondIntakeKey.Recipient,
            "-o", encrypted, _directory.Write("plain", plaintext)).EnsureSuccess();

        foreach (var key in AllKeys())
        {
            BytesAssert.Equal(plaintext, IntakeAge.Run("-d", "-i", key.IdentityPath, encrypted).EnsureSuccess().Stdout, $"intake-age with {key.IdentityPath}");
        }
    }

    [Fact]
    public void Recipients_files_interoperate_both_ways()
    {
        var plaintext = Payload.Random(1000, seed: 5);
        var input = _directory.Write("plain", plaintext);
        var recipientsFile = _directory.WriteText("recipients.txt",
            $"# reviewers\n{keys.AgeKey.Recipient}\n\n# second team\n{keys.IntakeKey.Recipient}\n");

        var byIntake = IntakeAge.Run("-R", recipientsFile, input).EnsureSuccess().Stdout;
        var byIntakePath = _directory.Write("intake.age", byIntake);
        BytesAssert.Equal(plaintext, Age.Run("-d", "-i", keys.AgeKey.IdentityPath, byIntakePath).EnsureSuccess().Stdout, "intake-age -R → age");
        BytesAssert.Equal(plaintext, IntakeAge.Run("-d", "-i", keys.IntakeKey.IdentityPath, byIntakePath).EnsureSuccess().Stdout, "intake-age -R → intake-age");

        var byAge = Age.Run("-R", recipientsFile, input).EnsureSuccess().Stdout;
        BytesAssert.Equal(plaintext, IntakeAge.RunWithStdin(byAge, "-d", "-i", keys.IntakeKey.IdentityPath).EnsureSuccess().Stdout, "age -R → intake-age");
    }

    private KeyFile[] AllKeys() => [keys.AgeKey, keys.IntakeKey, keys.SecondIntakeKey];

    // The armor is strict PEM: fixed begin and end lines, base64 lines of at most 64 columns.
    private static void AssertArmored(string text)
    {
        Assert.StartsWith(ArmorBegin, text, StringComparison.Ordinal);
        Assert.EndsWith(ArmorEnd, text, StringComparison.Ordinal);
        var body = text[ArmorBegin.Length..^ArmorEnd.Length].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(body, line => Assert.InRange(line.Length, 1, 64));
    }
}
