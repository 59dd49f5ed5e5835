using Intake.Bundles;

namespace Intake.Review.Tests.Support;

/// <summary>
/// An intake server's export side for tests: its signing key and its chain of bundles. Each
/// bundle is written with <see cref="BundleWriter"/>, the code `intake export` uses.
/// </summary>
internal sealed class TestServer(string directory) : IDisposable
{
    private Guid? last;
    private long sequence;

    public ExportSigningKey Key { get; } = ExportSigningKey.Generate();

    public string PublicKeyText => Key.PublicKey.ToString();

    /// <summary>The next bundle of the chain (sequence + 1, naming the previous one).</summary>
    public string NextBundle(params TestSubmission[] submissions)
    {
        var manifest = Manifest(sequence + 1, last, submissions);
        var path = Write(manifest, submissions);
        (sequence, last) = (manifest.Sequence, manifest.BundleId);
        return path;
    }

    /// <summary>A bundle anywhere in (or off) the chain, without advancing it.</summary>
    public string Bundle(long bundleSequence, Guid? previous, params TestSubmission[] submissions) =>
        Write(Manifest(bundleSequence, previous, submissions), submissions);

    /// <summary>A bundle with exactly this manifest (which may break the importer's rules), signed by this server.</summary>
    public string Write(BundleManifest manifest, IReadOnlyList<TestSubmission> submissions)
    {
        var contents = submissions.SelectMany(s => s.Parts.Select((bytes, index) => (s.Id, index, bytes))).ToDictionary(p => (p.Id, p.index), p => p.bytes);
        var path = Path.Combine(directory, $"bundle-{manifest.Sequence}-{manifest.BundleId:N}.bundle");
        using var output = File.Create(path);
        BundleWriter.WriteAsync(
            output,
            manifest,
            Key,
            (part, stream, cancellationToken) => stream.WriteAsync(contents[(part.SubmissionId, part.PartIndex)], cancellationToken).AsTask(),
            progress: null,
            CancellationToken.None).GetAwaiter().GetResult();
        return path;
    }

    public BundleManifest Manifest(long bundleSequence, Guid? previous, IEnumerable<TestSubmission> submissions) => new()
    {
        BundleId = Guid.NewGuid(),
        Sequence = bundleSequence,
        PreviousBundleId = previous,
        ServerKeyId = Key.PublicKey.KeyId,
        CreatedDay = TestSubmission.Day1,
        Parts = [.. submissions
            .OrderBy(s => s.Id.ToString("D"), StringComparer.Ordinal)
            .SelectMany(s => s.Parts.Select((bytes, index) => new BundlePart(s.Id, index, s.Day, bytes.Length, System.Security.Cryptography.SHA256.HashData(bytes))))],
    };

    public void Dispose() => Key.Dispose();
}
