using System.Security.Cryptography;
using System.Text.Json;
using Intake.EndToEnd.Support;

namespace Intake.EndToEnd.Tor;

/// <summary>
/// A stored submission as a reviewer opens it with Debian's own `age` CLI and the DEMO identity:
/// each part's ciphertext is read from the server's SQLite file and decrypted by `age -d`. Part 0
/// is the answers document; each further part is the attachment it lists at that place, checked
/// against the listed size and SHA-256.
/// </summary>
public sealed record AgeDecryptedTestimony(JsonElement Document, IReadOnlyList<(ManifestEntry Entry, byte[] Content)> Attachments)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public JsonElement Answers => Document.GetProperty("answers");

    public string Language => Document.GetProperty("language").GetString()!;

    public static AgeDecryptedTestimony Open(OnionSite site, SubmissionDatabase.Row row, string workDirectory)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(row);
        var age = ExternalTool.Find("age", "age");
        var parts = new List<byte[]>();
        for (var index = 0; index < row.PartCount; index++)
        {
            var ciphertext = Path.Combine(workDirectory, $"{row.IdHex}-{index}.age");
            var plaintext = Path.Combine(workDirectory, $"{row.IdHex}-{index}.plain");
            site.Database.ExtractPart(row.Id, index, ciphertext);
            ProcessRunner.Run(new ProcessSpec(age, ["-d", "-i", site.Reviewer.PlainIdentityFile, "-o", plaintext, ciphertext]) { Timeout = Timeout })
                .EnsureSuccess();
            parts.Add(File.ReadAllBytes(plaintext));
        }

        using var answers = JsonDocument.Parse(parts[0]);
        var document = answers.RootElement.Clone();
        var manifest = ManifestEntry.ListedIn(document);
        Assert.Equal(parts.Count - 1, manifest.Count);
        var attachments = manifest.Zip(parts.Skip(1)).ToList();
        Assert.All(attachments, attachment =>
        {
            Assert.Equal(attachment.First.Size, attachment.Second.LongLength);
            Assert.Equal(attachment.First.Sha256, Convert.ToHexStringLower(SHA256.HashData(attachment.Second)));
        });
        return new AgeDecryptedTestimony(document, attachments);
    }
}
