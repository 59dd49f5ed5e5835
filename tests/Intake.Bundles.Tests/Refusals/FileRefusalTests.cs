using System.Buffers.Binary;
using Intake.Bundles.Tests.Support;

namespace Intake.Bundles.Tests.Refusals;

/// <summary>Files that are not, or no longer, the bundle the server signed are refused with the problem that names why.</summary>
public sealed class FileRefusalTests : IAsyncLifetime, IDisposable
{
    private readonly ExportSigningKey key = ExportSigningKey.Generate();
    private List<TestPart> parts = [];
    private byte[] bundle = [];

    public async Task InitializeAsync()
    {
        parts = TestBundles.RandomParts(new Random(11), submissions: 3, maxSize: 200);
        bundle = await TestBundles.WriteAsync(TestBundles.Manifest(key, parts), key, parts);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => key.Dispose();

    [Fact]
    public void A_file_that_is_not_a_bundle_is_refused_as_such()
    {
        var random = new byte[4096];
        new Random(12).NextBytes(random);

        Assert.Equal(BundleProblem.NotABundle, TestBundles.Refusal(() => TestBundles.Open([], key)));
        Assert.Equal(BundleProblem.NotABundle, TestBundles.Refusal(() => TestBundles.Open(random, key)));
        Assert.Equal(BundleProblem.NotABundle, TestBundles.Refusal(() => TestBundles.Open("age-encryption.org/v1\n-> X25519 abc\n"u8.ToArray(), key)));
        Assert.Equal(BundleProblem.NotABundle, TestBundles.Refusal(() => TestBundles.Open([.. "TESTIMONIO-EXPORT-BUNDLE/V1\n"u8, .. bundle[TestBundles.Magic.Length..]], key)));
    }

    [Fact]
    public void Another_version_of_the_format_is_refused_as_unsupported()
    {
        var v2 = (byte[])bundle.Clone();
        "testimonio-export-bundle/v2\n"u8.CopyTo(v2);
        byte[] v10 = [.. "testimonio-export-bundle/v10\n"u8, .. bundle[TestBundles.Magic.Length..]];

        Assert.Equal(BundleProblem.UnsupportedVersion, TestBundles.Refusal(() => TestBundles.Open(v2, key)));
        Assert.Equal(BundleProblem.UnsupportedVersion, TestBundles.Refusal(() => TestBundles.Open(v10, key)));
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_refused()
    {
        using var pipe = new NonSeekableStream(bundle);

        Assert.Throws<ArgumentException>(() => BundleReader.Open(pipe, TestBundles.Trusting(key)));
    }

    [Fact]
    public void A_bundle_cut_anywhere_in_the_length_manifest_or_signature_is_truncated()
    {
        var layout = TestBundles.Layout(bundle);
        for (var length = TestBundles.Magic.Length; length < layout.PartsStart; length++)
        {
            var cut = bundle[..length];
            Assert.True(TestBundles.ProblemOf(() => TestBundles.Open(cut, key)) == BundleProblem.Truncated, $"cut at {length}");
        }
    }

    [Fact]
    public void A_bundle_cut_inside_the_magic_line_is_truncated()
    {
        for (var length = 1; length < TestBundles.Magic.Length; length++)
        {
            var cut = bundle[..length];
            Assert.True(TestBundles.ProblemOf(() => TestBundles.Open(cut, key)) == BundleProblem.Truncated, $"cut at {length}");
        }
    }

    [Fact]
    public void A_bundle_cut_inside_the_parts_opens_but_is_truncated_when_its_parts_are_read()
    {
        var layout = TestBundles.Layout(bundle);
        for (var length = layout.PartsStart; length < bundle.Length; length++)
        {
            var cut = bundle[..length];
            using (var reader = TestBundles.Open(cut, key))
            {
                Assert.True(TestBundles.ProblemOf(() => reader.VerifyParts()) == BundleProblem.Truncated, $"VerifyParts, cut at {length}");
            }

            Assert.True(TestBundles.ProblemOf(() => TestBundles.ReadAll(cut, key, verifyFirst: false)) == BundleProblem.Truncated, $"NextPart, cut at {length}");
        }
    }

    [Fact]
    public void Bytes_after_the_last_part_are_trailing_data()
    {
        foreach (var extra in new byte[][] { [0], [(byte)'\n'], bundle[^5..] })
        {
            byte[] longer = [.. bundle, .. extra];
            using (var reader = TestBundles.Open(longer, key))
            {
                Assert.Equal(BundleProblem.TrailingData, TestBundles.Refusal(() => reader.VerifyParts()));
            }

            Assert.Equal(BundleProblem.TrailingData, TestBundles.Refusal(() => TestBundles.ReadAll(longer, key, verifyFirst: false)));
        }
    }

    [Fact]
    public async Task Bytes_after_an_empty_bundle_are_trailing_data()
    {
        var empty = await TestBundles.WriteAsync(TestBundles.Manifest(key, []), key, []);
        byte[] longer = [.. empty, 0];

        using (var reader = TestBundles.Open(longer, key))
        {
            Assert.Equal(BundleProblem.TrailingData, TestBundles.Refusal(() => reader.VerifyParts()));
        }

        using (var reader = TestBundles.Open(longer, key))
        {
            Assert.Equal(BundleProblem.TrailingData, TestBundles.Refusal(() => reader.NextPart()));
        }
    }

    [Fact]
    public void A_key_id_the_reviewer_does_not_trust_is_an_unknown_server_key()
    {
        var asked = new List<string>();

        var problem = TestBundles.Refusal(() => BundleReader.Open(new MemoryStream(bundle), id =>
        {
            asked.Add(id);
            return null;
        }));

        Assert.Equal(BundleProblem.UnknownServerKey, problem);
        Assert.Equal([key.PublicKey.KeyId], asked);
    }

    [Fact]
    public void A_signature_by_another_key_than_the_trusted_one_is_bad()
    {
        using var other = ExportSigningKey.Generate();

        // A lookup that answers with a key of another id is not trusting the manifest's key.
        Assert.Equal(BundleProblem.UnknownServerKey, TestBundles.Refusal(() => BundleReader.Open(new MemoryStream(bundle), _ => other.PublicKey)));

        // A manifest that names the trusted key's id, validly signed by another key.
        var manifest = TestBundles.Manifest(key, parts);
        var forged = TestBundles.SignAndAssemble(other, TestBundles.ManifestJson(manifest), parts);
        Assert.Equal(BundleProblem.BadSignature, TestBundles.Refusal(() => TestBundles.Open(forged, key)));

        // The same manifest signed by the right key is accepted, so only the signer differs.
        var genuine = TestBundles.SignAndAssemble(key, TestBundles.ManifestJson(manifest), parts);
        Assert.Equal(parts.Select(part => part.Content), TestBundles.ReadAll(genuine, key, verifyFirst: true));
    }

    [Fact]
    public void A_signature_without_the_label_is_bad()
    {
        var manifest = TestBundles.ManifestJson(TestBundles.Manifest(key, parts));
        var json = System.Text.Encoding.UTF8.GetBytes(manifest);
        var unlabelled = TestBundles.Assemble(json, key.Sign(json), parts.Select(part => part.Content));

        Assert.Equal(BundleProblem.BadSignature, TestBundles.Refusal(() => TestBundles.Open(unlabelled, key)));
    }

    [Theory]
    [InlineData(0xFFFFFFFFu)]
    [InlineData(0x80000000u)]
    [InlineData(0x7FFFFFFFu)]
    [InlineData((32u << 20) + 1)]
    public void A_manifest_length_beyond_any_real_bundle_is_refused_without_allocating_it(uint length)
    {
        var header = (byte[])bundle.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(TestBundles.Magic.Length), length);
        TestBundles.Refusal(() => TestBundles.Open(header, key)); // warm up the code path

        var before = GC.GetAllocatedBytesForCurrentThread();
        var problem = TestBundles.Refusal(() => TestBundles.Open(header, key));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(BundleProblem.MalformedManifest, problem);
        Assert.True(allocated < 1 << 20, $"allocated {allocated} bytes");
    }

    [Fact]
    public void The_largest_allowed_manifest_length_is_read_and_found_truncated()
    {
        var header = (byte[])bundle.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(TestBundles.Magic.Length), 32u << 20);

        Assert.Equal(BundleProblem.Truncated, TestBundles.Refusal(() => TestBundles.Open(header, key)));
    }

    [Fact]
    public void A_zero_length_manifest_is_malformed()
    {
        var empty = TestBundles.Assemble([], key.Sign(TestBundles.SignatureLabel), []);

        Assert.Equal(BundleProblem.MalformedManifest, TestBundles.Refusal(() => TestBundles.Open(empty, key)));
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
