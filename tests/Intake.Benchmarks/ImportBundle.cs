using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Intake.Bundles;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;
using Intake.Questionnaires;

namespace Intake.Benchmarks;

/// <summary>
/// A signed export bundle of small testimonies, as `intake export` writes it, with the workspace identity
/// that opens it and the server key that signed it. Generated once per size and kept under
/// artifacts/bench-import/ (ignored by git): generating 10,000 post-quantum headers takes a while.
/// </summary>
internal sealed record ImportBundle(string Directory, int Testimonies, long PlaintextBytes)
{
    public const int RecipientCount = 3;

    /// <summary>1-based stanza of the workspace's recipient: the middle one, so a reader tries 2 of 3 on average.</summary>
    public const int WorkspaceRecipientPosition = 2;

    // One 4 KiB chunk gains nothing from worker threads; the generation is parallel across testimonies instead.
    private static readonly AgeEncryptOptions Sequential = new() { MaxDegreeOfParallelism = 1 };

    public string BundleFile => Path.Combine(Directory, "testimonio-export-0001.bundle");

    /// <summary>An identity file (AGE-SECRET-KEY-PQ-1…), as `review identity add` takes it.</summary>
    public string IdentityFile => Path.Combine(Directory, "workspace-identity.txt");

    /// <summary>The server's export public key (intake-export1…), as `review trust-server` takes it.</summary>
    public string ServerKey => File.ReadAllText(Path.Combine(Directory, "server-key.txt")).Trim();

    public long BundleBytes => new FileInfo(BundleFile).Length;

    /// <summary>The bundle for <paramref name="testimonies"/> from the cache, generating it first if missing.</summary>
    public static ImportBundle LoadOrGenerate(string cacheRoot, int testimonies, Action<string> progress)
    {
        // The format version in the name: a cache from an older generator is not mistaken for a current one.
        string directory = Path.Combine(cacheRoot, $"v1-{testimonies.ToString(CultureInfo.InvariantCulture)}");
        string infoFile = Path.Combine(directory, "generated.json");
        if (File.Exists(infoFile))
        {
            progress($"Using the cached bundle in {directory}");
            var generated = JsonSerializer.Deserialize<Generated>(File.ReadAllText(infoFile))!;
            return new ImportBundle(directory, generated.Testimonies, generated.PlaintextBytes);
        }

        progress($"Generating a bundle of {testimonies:N0} testimonies in {directory} (once; cached) ...");
        System.IO.Directory.CreateDirectory(cacheRoot);
        // Written beside and renamed into place, so an interrupted run never leaves a half cache.
        string temporary = Path.Combine(cacheRoot, $".partial-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}");
        System.IO.Directory.CreateDirectory(temporary);
        try
        {
            var bundle = Generate(temporary, testimonies);
            File.WriteAllText(Path.Combine(temporary, "generated.json"), JsonSerializer.Serialize(new Generated(bundle.Testimonies, bundle.PlaintextBytes)));
            System.IO.Directory.Move(temporary, directory);
            return bundle with { Directory = directory };
        }
        catch
        {
            System.IO.Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    private static ImportBundle Generate(string directory, int testimonies)
    {
        var questionnaire = QuestionnaireLoader.Load(QuestionnaireLoader.DefaultPath);
        using var workspaceIdentity = MlKem768X25519Identity.Generate();
        using var otherReviewer = MlKem768X25519Identity.Generate();
        using var thirdReviewer = MlKem768X25519Identity.Generate();
        IRecipient[] recipients = [otherReviewer.Recipient, workspaceIdentity.Recipient, thirdReviewer.Recipient];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var parts = new (Guid Id, DateOnly Day, byte[] Ciphertext)[testimonies];
        long plaintextBytes = 0;
        Parallel.For(0, testimonies, index =>
        {
            byte[] plaintext = SpanishAnswers.Document(questionnaire, index);
            Interlocked.Add(ref plaintextBytes, plaintext.Length);
            // Received over the last three months, as an export of a quarter's backlog would be.
            parts[index] = (Guid.NewGuid(), today.AddDays(-1 - (index % 90)), AgeEncryptor.Encrypt(plaintext, recipients, Sequential));
        });

        // The manifest lists submissions in id order (ManifestJson's rule).
        Array.Sort(parts, (a, b) => string.CompareOrdinal(a.Id.ToString("D"), b.Id.ToString("D")));
        var ciphertexts = parts.ToDictionary(part => part.Id, part => part.Ciphertext);
        using var key = ExportSigningKey.Generate();
        var manifest = new BundleManifest
        {
            BundleId = Guid.NewGuid(),
            Sequence = 1,
            PreviousBundleId = null,
            ServerKeyId = key.PublicKey.KeyId,
            CreatedDay = today,
            Parts = [.. parts.Select(part => new BundlePart(part.Id, 0, part.Day, part.Ciphertext.Length, SHA256.HashData(part.Ciphertext)))],
        };

        var bundle = new ImportBundle(directory, testimonies, plaintextBytes);
        using (var output = File.Create(bundle.BundleFile))
        {
            BundleWriter.WriteAsync(
                output, manifest, key,
                (part, stream, token) => stream.WriteAsync(ciphertexts[part.SubmissionId], token).AsTask(),
                progress: null, CancellationToken.None).GetAwaiter().GetResult();
        }
        File.WriteAllText(
            bundle.IdentityFile,
            $"# created: {today:yyyy-MM-dd}\n# public key: {workspaceIdentity.Recipient}\n{workspaceIdentity.EncodeSecret()}\n");
        File.WriteAllText(Path.Combine(directory, "server-key.txt"), $"{key.PublicKey}\n");
        return bundle;
    }

    /// <summary>What the cache remembers besides the files.</summary>
    private sealed record Generated(int Testimonies, long PlaintextBytes);
}
