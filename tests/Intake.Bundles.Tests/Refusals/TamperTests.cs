using System.Text;
using Intake.Bundles.Tests.Support;

namespace Intake.Bundles.Tests.Refusals;

/// <summary>
/// Any changed byte is refused: in the header and manifest by <see cref="BundleReader.Open"/>,
/// in the signature as a bad signature, in a part as a hash mismatch, whichever way it is read.
/// </summary>
public sealed class TamperTests : IAsyncLifetime, IDisposable
{
    private static readonly byte[] Masks = [0x01, 0x20, 0x80, 0xFF];

    // Changes that keep the manifest ASCII (it is all ASCII as written).
    private static readonly byte[] AsciiMasks = [0x01, 0x02, 0x20, 0x40];
    private readonly ExportSigningKey key = ExportSigningKey.Generate();
    private List<TestPart> parts = [];
    private byte[] bundle = [];

    public async Task InitializeAsync()
    {
        parts = TestBundles.RandomParts(new Random(21), submissions: 3, maxSize: 300);
        bundle = await TestBundles.WriteAsync(TestBundles.Manifest(key, parts, sequence: 12, previous: Guid.NewGuid()), key, parts);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => key.Dispose();

    [Fact]
    public void Every_manifest_byte_changed_is_refused_for_what_the_change_makes_it() => AssertEveryManifestByteRefused(AsciiMasks);

    [Fact]
    public void Every_manifest_byte_changed_to_a_non_ascii_byte_is_refused() => AssertEveryManifestByteRefused([0x80, 0xFF]);

    private void AssertEveryManifestByteRefused(byte[] masks)
    {
        var layout = TestBundles.Layout(bundle);
        var json = Encoding.UTF8.GetString(bundle, layout.ManifestStart, layout.ManifestLength);
        var keyIdStart = layout.ManifestStart + json.IndexOf("\"server_key\":\"", StringComparison.Ordinal) + "\"server_key\":\"".Length;
        var formatAt = layout.ManifestStart + json.IndexOf("\"format\":", StringComparison.Ordinal) + "\"format\":".Length;
        var trustAnyId = (Func<string, ExportPublicKey?>)(_ => key.PublicKey);

        for (var position = layout.ManifestStart; position < layout.SignatureStart; position++)
        {
            foreach (var mask in masks)
            {
                var changed = TestBundles.Flip(bundle, position, mask);
                var problem = TestBundles.ProblemOf(() => TestBundles.Open(changed, key));
                var anyId = TestBundles.ProblemOf(() => BundleReader.Open(new MemoryStream(changed), trustAnyId));

                // The key id and the format are read before the signature can be checked: a
                // changed id names a key nobody trusts, a changed format a version nobody reads.
                BundleProblem[] expected = position >= keyIdStart && position < keyIdStart + 16
                    ? [BundleProblem.UnknownServerKey, BundleProblem.MalformedManifest]
                    : position == formatAt
                        ? [BundleProblem.UnsupportedVersion, BundleProblem.MalformedManifest]
                        : [BundleProblem.BadSignature, BundleProblem.MalformedManifest];
                Assert.True(problem is { } p && expected.Contains(p), $"byte {position} ^ {mask:x2}: {problem?.ToString() ?? "accepted"}");
                Assert.True(anyId is BundleProblem.BadSignature or BundleProblem.MalformedManifest or BundleProblem.UnsupportedVersion or BundleProblem.UnknownServerKey, $"byte {position} ^ {mask:x2}, any id trusted: {anyId?.ToString() ?? "accepted"}");
            }
        }
    }

    [Fact]
    public void Every_header_byte_changed_is_refused()
    {
        for (var position = 0; position < TestBundles.Magic.Length + 4; position++)
        {
            foreach (var mask in Masks)
            {
                var changed = TestBundles.Flip(bundle, position, mask);
                var problem = TestBundles.ProblemOf(() => TestBundles.Open(changed, key).Dispose());
                Assert.True(problem is not null, $"byte {position} ^ {mask:x2} accepted");
            }
        }
    }

    [Fact]
    public void Every_signature_byte_changed_is_a_bad_signature()
    {
        var layout = TestBundles.Layout(bundle);
        for (var position = layout.SignatureStart; position < layout.PartsStart; position++)
        {
            foreach (var mask in Masks)
            {
                var changed = TestBundles.Flip(bundle, position, mask);
                Assert.True(TestBundles.ProblemOf(() => TestBundles.Open(changed, key)) == BundleProblem.BadSignature, $"byte {position} ^ {mask:x2}");
            }
        }
    }

    [Fact]
    public void Every_part_byte_changed_is_a_hash_mismatch_from_verify_parts()
    {
        var layout = TestBundles.Layout(bundle);
        for (var position = layout.PartsStart; position < bundle.Length; position++)
        {
            var changed = TestBundles.Flip(bundle, position);
            using var reader = TestBundles.Open(changed, key);
            Assert.True(TestBundles.ProblemOf(() => reader.VerifyParts()) == BundleProblem.PartHashMismatch, $"byte {position}");
        }
    }

    [Fact]
    public void A_changed_part_read_without_verifying_throws_in_the_read_that_takes_its_last_byte()
    {
        var layout = TestBundles.Layout(bundle);
        var start = layout.PartsStart;
        for (var changedPart = 0; changedPart < parts.Count; changedPart++)
        {
            var size = parts[changedPart].Content.Length;
            foreach (var offset in new[] { 0, size / 2, size - 1 })
            {
                var changed = TestBundles.Flip(bundle, start + offset);
                using var reader = TestBundles.Open(changed, key);
                for (var index = 0; index < changedPart; index++)
                {
                    using var good = new MemoryStream();
                    reader.NextPart()!.Content.CopyTo(good);
                    Assert.Equal(parts[index].Content, good.ToArray());
                }

                var content = reader.NextPart()!.Content;
                var buffer = new byte[size];
                Assert.Equal(BundleProblem.PartHashMismatch, TestBundles.Refusal(() => content.ReadExactly(buffer)));
                Assert.Equal(BundleProblem.PartHashMismatch, TestBundles.Refusal(() => content.ReadByte()));
                Assert.Equal(BundleProblem.PartHashMismatch, TestBundles.Refusal(() => reader.NextPart()));
            }

            start += size;
        }
    }

    [Fact]
    public async Task A_changed_part_is_refused_by_copy_to_and_copy_to_async()
    {
        var layout = TestBundles.Layout(bundle);
        var changed = TestBundles.Flip(bundle, layout.PartsStart + 3);

        using (var reader = TestBundles.Open(changed, key))
        {
            using var sink = new MemoryStream();
            Assert.Equal(BundleProblem.PartHashMismatch, TestBundles.Refusal(() => reader.NextPart()!.Content.CopyTo(sink)));
        }

        using (var reader = TestBundles.Open(changed, key))
        {
            using var sink = new MemoryStream();
            var error = await Assert.ThrowsAsync<BundleException>(() => reader.NextPart()!.Content.CopyToAsync(sink));
            Assert.Equal(BundleProblem.PartHashMismatch, error.Problem);
        }
    }

    [Fact]
    public void A_changed_part_that_the_caller_did_not_read_to_its_end_is_refused_by_the_next_call()
    {
        var layout = TestBundles.Layout(bundle);
        var changed = TestBundles.Flip(bundle, layout.PartsStart + parts[0].Content.Length - 1);

        // Reading exactly Length bytes is refused by the last read, and the reader stays refused.
        using (var reader = TestBundles.Open(changed, key))
        {
            var first = reader.NextPart()!;
            Assert.Equal(BundleProblem.PartHashMismatch, TestBundles.Refusal(() => first.Content.ReadExactly(new byte[first.Part.Size])));
            Assert.Equal(BundleProblem.PartHashMismatch, TestBundles.Refusal(() => reader.NextPart()));
            Assert.Equal(BundleProblem.PartHashMismatch, TestBundles.Refusal(() => reader.NextPart()));
        }

        // Not reading it at all: the same.
        using (var reader = TestBundles.Open(changed, key))
        {
            Assert.NotNull(reader.NextPart());
            Assert.Equal(BundleProblem.PartHashMismatch, TestBundles.Refusal(() => reader.NextPart()));
        }
    }

    [Fact]
    public void A_part_changed_between_verifying_and_reading_is_refused_when_read()
    {
        var file = (byte[])bundle.Clone();
        using var reader = BundleReader.Open(new MemoryStream(file, writable: false), TestBundles.Trusting(key));
        reader.VerifyParts();

        file[^1] ^= 0x01;

        var problem = TestBundles.ProblemOf(() =>
        {
            while (reader.NextPart() is { } next)
            {
                next.Content.CopyTo(Stream.Null);
            }
        });
        Assert.Equal(BundleProblem.PartHashMismatch, problem);
    }

    [Fact]
    public void Parts_swapped_in_the_file_are_refused()
    {
        var layout = TestBundles.Layout(bundle);
        var swapped = (byte[])bundle.Clone();
        var first = parts[0].Content;
        var second = parts[1].Content;
        second.CopyTo(swapped, layout.PartsStart);
        first.CopyTo(swapped, layout.PartsStart + second.Length);

        using var reader = TestBundles.Open(swapped, key);
        var problem = TestBundles.ProblemOf(() => reader.VerifyParts());
        Assert.Equal(BundleProblem.PartHashMismatch, problem);
    }
}
