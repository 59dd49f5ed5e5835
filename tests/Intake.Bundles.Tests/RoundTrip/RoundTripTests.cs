using System.Security.Cryptography;
using Intake.Bundles.Tests.Support;

namespace Intake.Bundles.Tests.RoundTrip;

/// <summary>What <see cref="BundleWriter"/> writes, <see cref="BundleReader"/> gives back exactly, in the layout the spec describes.</summary>
public sealed class RoundTripTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Every_part_comes_back_byte_identical_in_manifest_order(int seed)
    {
        var random = new Random(seed);
        using var key = ExportSigningKey.Generate();
        // Up to 150 KB a part, so parts span several of the reader's 64 KiB buffers.
        var parts = TestBundles.RandomParts(random, submissions: random.Next(2, 7), maxSize: 150_000);
        var previous = Guid.NewGuid();
        var manifest = TestBundles.Manifest(key, parts, sequence: seed + 1, previous: previous);
        var bundle = await TestBundles.WriteAsync(manifest, key, parts);

        using var reader = TestBundles.Open(bundle, key);
        reader.VerifyParts();

        Assert.Equal(manifest.BundleId, reader.Manifest.BundleId);
        Assert.Equal(seed + 1, reader.Manifest.Sequence);
        Assert.Equal(previous, reader.Manifest.PreviousBundleId);
        Assert.Equal(key.PublicKey.KeyId, reader.Manifest.ServerKeyId);
        Assert.Equal(TestBundles.Today, reader.Manifest.CreatedDay);
        Assert.Equal(key.PublicKey, reader.ServerKey);
        Assert.Equal(parts.Sum(part => (long)part.Content.Length), reader.Manifest.TotalBytes);
        Assert.Equal(parts.Select(part => part.Part.SubmissionId).Distinct(), reader.Manifest.Submissions);
        Assert.Equal(parts.Count, reader.Manifest.Parts.Count);

        var index = 0;
        var buffer = new byte[1000 + random.Next(5000)];
        while (reader.NextPart() is { } next)
        {
            var expected = parts[index++];
            AssertSamePart(expected.Part, next.Part);
            Assert.Equal(expected.Content.Length, next.Content.Length);
            using var copy = new MemoryStream();
            int read;
            while ((read = next.Content.Read(buffer, 0, buffer.Length)) > 0)
            {
                copy.Write(buffer, 0, read);
            }

            Assert.Equal(expected.Content, copy.ToArray());
        }

        Assert.Equal(parts.Count, index);
        Assert.Null(reader.NextPart());
    }

    [Fact]
    public async Task The_file_has_exactly_the_layout_of_the_spec()
    {
        using var key = ExportSigningKey.Generate();
        var parts = TestBundles.RandomParts(new Random(4), submissions: 3, maxSize: 500);
        var manifest = TestBundles.Manifest(key, parts);
        var (bundle, signed) = await TestBundles.WriteSignedAsync(manifest, key, parts);
        var layout = TestBundles.Layout(bundle);
        var json = bundle.AsSpan(layout.ManifestStart, layout.ManifestLength).ToArray();
        var signature = bundle.AsSpan(layout.SignatureStart, 64).ToArray();

        Assert.Equal(TestBundles.Magic, bundle[..TestBundles.Magic.Length]);
        Assert.True(key.PublicKey.Verify([.. TestBundles.SignatureLabel, .. json], signature));
        Assert.False(key.PublicKey.Verify(json, signature));
        Assert.Equal(json, signed.Json);
        Assert.Equal(signature, signed.Signature);
        Assert.Equal(parts.SelectMany(part => part.Content), bundle[layout.PartsStart..]);

        // The manifest is the compact JSON the spec's example shows, written independently here.
        Assert.Equal(TestBundles.ManifestJson(manifest), System.Text.Encoding.UTF8.GetString(json));

        using var reader = TestBundles.Open(bundle, key);
        Assert.Equal(SHA256.HashData(json), reader.ManifestSha256);
        Assert.Equal(signed.Sha256(), reader.ManifestSha256);
    }

    [Fact]
    public async Task A_bundle_written_again_from_its_signed_manifest_is_the_same_file()
    {
        using var key = ExportSigningKey.Generate();
        var parts = TestBundles.RandomParts(new Random(5), submissions: 4, maxSize: 2000);
        var (bundle, signed) = await TestBundles.WriteSignedAsync(TestBundles.Manifest(key, parts), key, parts);

        using var again = new MemoryStream();
        await BundleWriter.WriteSignedAsync(again, signed, TestBundles.Supplier(parts), null, CancellationToken.None);

        Assert.Equal(bundle, again.ToArray());
    }

    [Fact]
    public void A_hand_assembled_bundle_is_read_like_a_written_one()
    {
        using var key = ExportSigningKey.Generate();
        var parts = TestBundles.RandomParts(new Random(6), submissions: 3, maxSize: 3000);
        var manifest = TestBundles.Manifest(key, parts, sequence: 2, previous: Guid.NewGuid());
        var bundle = TestBundles.SignAndAssemble(key, TestBundles.ManifestJson(manifest), parts);

        Assert.Equal(parts.Select(part => part.Content), TestBundles.ReadAll(bundle, key, verifyFirst: true));
    }

    [Fact]
    public async Task An_empty_bundle_round_trips()
    {
        using var key = ExportSigningKey.Generate();
        var manifest = TestBundles.Manifest(key, [], sequence: 7, previous: Guid.NewGuid());
        var progress = new ProgressRecorder();
        var bundle = await TestBundles.WriteAsync(manifest, key, [], progress);
        var layout = TestBundles.Layout(bundle);

        Assert.Equal(layout.PartsStart, bundle.Length);
        Assert.Empty(progress.Values);
        using var reader = TestBundles.Open(bundle, key);
        reader.VerifyParts();
        Assert.Empty(reader.Manifest.Parts);
        Assert.Empty(reader.Manifest.Submissions);
        Assert.Equal(0, reader.Manifest.TotalBytes);
        Assert.Equal(7, reader.Manifest.Sequence);
        Assert.Null(reader.NextPart());
        Assert.Null(reader.NextPart());
    }

    [Fact]
    public async Task Progress_rises_to_the_total_when_writing_and_verifying()
    {
        using var key = ExportSigningKey.Generate();
        var parts = TestBundles.RandomParts(new Random(7), submissions: 5, maxSize: 100_000);
        var manifest = TestBundles.Manifest(key, parts);
        var writing = new ProgressRecorder();
        var bundle = await TestBundles.WriteAsync(manifest, key, parts, writing);

        using var reader = TestBundles.Open(bundle, key);
        var verifying = new ProgressRecorder();
        reader.VerifyParts(verifying);

        foreach (var values in new[] { writing.Values, verifying.Values })
        {
            Assert.NotEmpty(values);
            Assert.Equal(manifest.TotalBytes, values[^1]);
            Assert.True(values.Zip(values.Skip(1)).All(pair => pair.First <= pair.Second), "progress went backwards");
        }
    }

    [Fact]
    public async Task Parts_can_be_read_without_verifying_first_and_skipped_parts_are_passed_over()
    {
        using var key = ExportSigningKey.Generate();
        var parts = TestBundles.RandomParts(new Random(8), submissions: 6, maxSize: 90_000);
        var bundle = await TestBundles.WriteAsync(TestBundles.Manifest(key, parts), key, parts);

        Assert.Equal(parts.Select(part => part.Content), TestBundles.ReadAll(bundle, key, verifyFirst: false));

        // Reading only some parts, and only the start of others, still lines every part up.
        using var reader = TestBundles.Open(bundle, key);
        reader.VerifyParts();
        reader.VerifyParts();
        for (var index = 0; reader.NextPart() is { } next; index++)
        {
            Assert.Equal(parts[index].Part.SubmissionId, next.Part.SubmissionId);
            if (index % 3 == 1)
            {
                var first = new byte[1];
                next.Content.ReadExactly(first);
                Assert.Equal(parts[index].Content[0], first[0]);
            }
            else if (index % 3 == 2)
            {
                using var copy = new MemoryStream();
                next.Content.CopyTo(copy);
                Assert.Equal(parts[index].Content, copy.ToArray());
            }
        }
    }

    private static void AssertSamePart(BundlePart expected, BundlePart actual)
    {
        Assert.Equal(expected.SubmissionId, actual.SubmissionId);
        Assert.Equal(expected.PartIndex, actual.PartIndex);
        Assert.Equal(expected.Day, actual.Day);
        Assert.Equal(expected.Size, actual.Size);
        Assert.Equal(expected.Sha256, actual.Sha256);
    }
}
