using System.Security.Cryptography;
using System.Text.Json;

namespace Intake.EndToEnd.Support;

/// <summary>
/// A reviewer with the DEMO key, decrypting what the server stored with the real `intake-age`
/// program. Each scrypt unwrap of the passphrase-protected identity costs about a second and a
/// half, so the identity is unwrapped once (also with intake-age) into a private temp file;
/// <see cref="DecryptWithProtectedIdentity"/> runs the exact command deploy/demo/README.md gives.
/// </summary>
public sealed class DemoReviewer : IDisposable
{
    private readonly TempDirectory _directory = new("reviewer") { LeaveIfBusy = true };
    private readonly Lazy<string> _plainIdentity;

    public DemoReviewer()
    {
        _plainIdentity = new Lazy<string>(() =>
        {
            var file = _directory.File("identity.txt");
            IntakeAge("-d", "--passphrase-file", DemoKey.PassphraseFile, "-o", file, DemoKey.IdentityFile);
            return file;
        });
    }

    /// <summary>The DEMO identity unwrapped (by intake-age), for a program that takes a plain identity file, such as the `age` CLI.</summary>
    public string PlainIdentityFile => _plainIdentity.Value;

    /// <summary>`intake-age -d -i DEMO-reviewer-identity.age --passphrase-file DEMO-passphrase.txt -o OUTPUT INPUT`.</summary>
    public static void DecryptWithProtectedIdentity(string ciphertextFile, string outputFile) =>
        IntakeAge("-d", "-i", DemoKey.IdentityFile, "--passphrase-file", DemoKey.PassphraseFile, "-o", outputFile, ciphertextFile);

    /// <summary>`intake-age -d -i IDENTITY -o OUTPUT INPUT` with the unwrapped DEMO identity.</summary>
    public void Decrypt(string ciphertextFile, string outputFile) =>
        IntakeAge("-d", "-i", _plainIdentity.Value, "-o", outputFile, ciphertextFile);

    /// <summary>
    /// Extracts and decrypts every part of a complete submission: part 0 must be the answers
    /// JSON, and each attachment it lists must decrypt to bytes of that size and SHA-256.
    /// <paramref name="protectedIdentityForAnswers"/> decrypts part 0 with the passphrase-protected
    /// identity file itself, as a reviewer following deploy/demo/README.md would.
    /// </summary>
    public DecryptedSubmission Open(SubmissionDatabase database, SubmissionDatabase.Row row, string workDirectory, bool protectedIdentityForAnswers = false)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(row);
        var files = new List<string>();
        for (var index = 0; index < row.PartCount; index++)
        {
            var ciphertext = Path.Combine(workDirectory, $"{row.IdHex}-{index}.age");
            var plaintext = Path.Combine(workDirectory, $"{row.IdHex}-{index}.plain");
            database.ExtractPart(row.Id, index, ciphertext);
            if (index == 0 && protectedIdentityForAnswers)
            {
                DecryptWithProtectedIdentity(ciphertext, plaintext);
            }
            else
            {
                Decrypt(ciphertext, plaintext);
            }
            File.Delete(ciphertext);
            files.Add(plaintext);
        }

        var answers = JsonDocument.Parse(File.ReadAllBytes(files[0]));
        var manifest = ManifestEntry.ListedIn(answers.RootElement);
        Assert.True(manifest.Count == row.PartCount - 1, $"Submission {row.IdHex} has {row.PartCount} parts but its manifest lists {manifest.Count} attachments.");
        for (var index = 0; index < manifest.Count; index++)
        {
            var file = files[index + 1];
            Assert.Equal(manifest[index].Size, new FileInfo(file).Length);
            Assert.Equal(manifest[index].Sha256, Sha256Of(file));
        }
        return new DecryptedSubmission(row, answers, manifest, files.Skip(1).ToList());
    }

    public static string Sha256Of(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public void Dispose() => _directory.Dispose();

    private static void IntakeAge(params string[] arguments) =>
        IntakePrograms.IntakeAge(arguments).EnsureSuccess();
}

/// <summary>One attachment as the answers document lists it.</summary>
public sealed record ManifestEntry(string Name, string Type, long Size, string Sha256)
{
    /// <summary>The "attachments" list of a decrypted answers document, in part order.</summary>
    public static List<ManifestEntry> ListedIn(JsonElement answers) =>
        answers.GetProperty("attachments").EnumerateArray()
            .Select(entry => new ManifestEntry(
                entry.GetProperty("name").GetString()!,
                entry.GetProperty("type").GetString()!,
                entry.GetProperty("size").GetInt64(),
                entry.GetProperty("sha256").GetString()!))
            .ToList();
}

/// <summary>A complete submission, decrypted: the answers document and the attachments' plaintext files.</summary>
public sealed record DecryptedSubmission(SubmissionDatabase.Row Row, JsonDocument Document, IReadOnlyList<ManifestEntry> Manifest, IReadOnlyList<string> AttachmentFiles)
{
    public JsonElement Answers => Document.RootElement.GetProperty("answers");

    public string Language => Document.RootElement.GetProperty("language").GetString()!;
}
