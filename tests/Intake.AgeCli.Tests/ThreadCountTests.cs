using Intake.AgeCli.Tests.Support;
using Intake.AgeCli.Tests.Tools;

namespace Intake.AgeCli.Tests;

/// <summary>Parallel chunk processing changes nothing: every thread count gives the same bytes.</summary>
public sealed class ThreadCountTests : IDisposable
{
    private static readonly string[][] ThreadOptions = [["--threads", "1"], ["--threads", "2"], ["--threads", "3"], []];

    private readonly TempDirectory _directory = new("age");
    private readonly byte[] _plaintext = Payload.Random(5 * 1024 * 1024 + 4321, seed: 31);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Decryption_output_is_identical_for_every_thread_count()
    {
        var key = Age.Keygen(_directory.File("key.txt"));
        var encrypted = _directory.File("plain.age");
        Age.RunWithStdin(_plaintext, "-r", key.Recipient, "-o", encrypted).EnsureSuccess();

        foreach (var threads in ThreadOptions)
        {
            var output = _directory.File("plain.out");
            IntakeAge.Run(["-d", "-i", key.IdentityPath, .. threads, "-o", output, encrypted]).EnsureSuccess();
            BytesAssert.Equal(_plaintext, File.ReadAllBytes(output), $"decrypted file to file with [{string.Join(' ', threads)}]");

            var streamed = IntakeAge.RunWithStdin(File.ReadAllBytes(encrypted), ["-d", "-i", key.IdentityPath, .. threads]).EnsureSuccess().Stdout;
            BytesAssert.Equal(_plaintext, streamed, $"decrypted stdin to stdout with [{string.Join(' ', threads)}]");
        }
    }

    [Fact]
    public void Encryption_with_any_thread_count_decrypts_with_age()
    {
        var key = Age.Keygen(_directory.File("key.txt"));
        var input = _directory.Write("plain", _plaintext);
        foreach (var threads in ThreadOptions)
        {
            var encrypted = _directory.File("plain.age");
            IntakeAge.Run(["-r", key.Recipient, .. threads, "-o", encrypted, input]).EnsureSuccess();
            var decrypted = Age.Run("-d", "-i", key.IdentityPath, encrypted).EnsureSuccess().Stdout;
            BytesAssert.Equal(_plaintext, decrypted, $"encrypted with [{string.Join(' ', threads)}], decrypted by age");
        }
    }
}
