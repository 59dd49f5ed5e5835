using System.Security.Cryptography;
using System.Text;
using Intake.Bundles.Tests.Support;

namespace Intake.Bundles.Tests.Conformance;

/// <summary>
/// The test vector in docs/export-bundle.md (checked there against an independent Python
/// implementation): key text, key id, manifest, signature and the whole file.
/// </summary>
public sealed class SpecVectorTests
{
    private const string KeyText = "intake-export10x64vt50ue20jsrckyfw32vt57gplpf6u62ma4lquwgshtgyjejqde9sjn";
    private const string KeyId = "65b60673d6ed884b";

    private const string Manifest =
        "{\"format\":1,\"bundle\":\"6d1c9e2a-0b7f-4c3d-9a8e-5f4b3c2d1e0f\",\"sequence\":2,\"previous\":\"0c9b8a7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d\","
        + "\"server_key\":\"65b60673d6ed884b\",\"created_day\":\"2025-03-14\",\"parts\":["
        + "{\"submission\":\"3f2a7c1e-9b4d-4e8a-a1c5-0d6e7f809a1b\",\"part\":0,\"day\":\"2025-03-10\",\"size\":19,\"sha256\":\"e5477219250381066e50283d122384b5027c8771908f9144461889b9e8eec70a\"},"
        + "{\"submission\":\"3f2a7c1e-9b4d-4e8a-a1c5-0d6e7f809a1b\",\"part\":1,\"day\":\"2025-03-10\",\"size\":17,\"sha256\":\"1ac6b84ba3ec559c42f362995a3de06260c514a58f1ff8f083e763c1c07b55f7\"},"
        + "{\"submission\":\"b81e04d2-5c3a-4f19-8e27-6a9d0c1b2e3f\",\"part\":0,\"day\":\"2025-03-12\",\"size\":19,\"sha256\":\"c73a6e1620baaf00af0ef492743b65a97617c414773e3ef9a5471a7df15c801d\"}]}";

    private const string ManifestSha256 = "3cbaf5e7ad7b587c758e69145ce302fef67399a956153730427abca7923a9528";
    private const string Signature = "626555d84727310040954fcc059cddc8e7c5932a6e7d47a0fc5965c273f9202c0f0f08372188af0bfdc9fe88fd8e540d94e3da66eaee8dae382c7257da6c6e05";
    private const string BundleSha256 = "819b152f68bb3f84484680700a673dc8e3b2d60070e316dfe93b7f520139a322";
    private static readonly string[] PartTexts = ["answers of 3f2a7c1e", "photo of 3f2a7c1e", "answers of b81e04d2"];

    [Fact]
    public void The_vector_key_has_the_documented_text_and_id()
    {
        using var key = VectorKey();

        Assert.Equal(KeyText, key.PublicKey.ToString());
        Assert.Equal(KeyId, key.PublicKey.KeyId);
        Assert.Equal(KeyId, ExportPublicKey.Parse(KeyText).KeyId);
    }

    [Fact]
    public async Task The_writer_produces_the_documented_file()
    {
        using var key = VectorKey();
        var parts = Parts();
        var manifest = new BundleManifest
        {
            BundleId = Guid.Parse("6d1c9e2a-0b7f-4c3d-9a8e-5f4b3c2d1e0f"),
            Sequence = 2,
            PreviousBundleId = Guid.Parse("0c9b8a7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"),
            ServerKeyId = KeyId,
            CreatedDay = new DateOnly(2025, 3, 14),
            Parts = [.. parts.Select(part => part.Part)],
        };

        var (bundle, signed) = await TestBundles.WriteSignedAsync(manifest, key, parts);

        Assert.Equal(Manifest, Encoding.UTF8.GetString(signed.Json));
        Assert.Equal(ManifestSha256, Convert.ToHexStringLower(signed.Sha256()));
        Assert.Equal(Signature, Convert.ToHexStringLower(signed.Signature));
        Assert.Equal(847, bundle.Length);
        Assert.Equal(BundleSha256, Convert.ToHexStringLower(SHA256.HashData(bundle)));
    }

    [Fact]
    public void The_documented_file_is_read_with_only_the_public_key()
    {
        var trusted = ExportPublicKey.Parse(KeyText);
        var bundle = TestBundles.Assemble(Encoding.UTF8.GetBytes(Manifest), Convert.FromHexString(Signature), Parts().Select(part => part.Content));
        Assert.Equal(BundleSha256, Convert.ToHexStringLower(SHA256.HashData(bundle)));

        using var reader = BundleReader.Open(new MemoryStream(bundle), id => id == KeyId ? trusted : null);
        reader.VerifyParts();

        Assert.Equal(ManifestSha256, Convert.ToHexStringLower(reader.ManifestSha256));
        Assert.Equal([Guid.Parse("3f2a7c1e-9b4d-4e8a-a1c5-0d6e7f809a1b"), Guid.Parse("b81e04d2-5c3a-4f19-8e27-6a9d0c1b2e3f")], reader.Manifest.Submissions);
        Assert.Equal(55, reader.Manifest.TotalBytes);
    }

    private static ExportSigningKey VectorKey() => ExportSigningKey.FromSeed(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private static List<TestPart> Parts()
    {
        Guid[] submissions = [Guid.Parse("3f2a7c1e-9b4d-4e8a-a1c5-0d6e7f809a1b"), Guid.Parse("3f2a7c1e-9b4d-4e8a-a1c5-0d6e7f809a1b"), Guid.Parse("b81e04d2-5c3a-4f19-8e27-6a9d0c1b2e3f")];
        int[] indexes = [0, 1, 0];
        DateOnly[] days = [new(2025, 3, 10), new(2025, 3, 10), new(2025, 3, 12)];
        return [.. PartTexts.Select((text, i) =>
        {
            var content = Encoding.ASCII.GetBytes(text);
            return new TestPart(new BundlePart(submissions[i], indexes[i], days[i], content.Length, SHA256.HashData(content)), content);
        })];
    }
}
