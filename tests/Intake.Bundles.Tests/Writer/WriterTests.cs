using System.Security.Cryptography;
using Intake.Bundles.Tests.Support;

namespace Intake.Bundles.Tests.Writer;

/// <summary>The writer signs only what it is sure of: its own key's manifest, and parts exactly as the manifest describes them.</summary>
public sealed class WriterTests : IDisposable
{
    private readonly ExportSigningKey key = ExportSigningKey.Generate();
    private readonly List<TestPart> parts = TestBundles.RandomParts(new Random(41), submissions: 3, maxSize: 5000);

    public void Dispose() => key.Dispose();

    [Fact]
    public async Task A_manifest_naming_another_key_is_refused_before_anything_is_written()
    {
        using var other = ExportSigningKey.Generate();
        var manifest = TestBundles.Manifest(other, parts);
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentException>(() => BundleWriter.WriteAsync(output, manifest, key, TestBundles.Supplier(parts), null, CancellationToken.None));
        Assert.Equal(0, output.Length);
    }

    [Theory]
    [InlineData("fewer bytes")]
    [InlineData("no bytes")]
    [InlineData("more bytes")]
    [InlineData("different bytes")]
    [InlineData("the next part's bytes")]
    public async Task A_part_that_is_not_what_the_manifest_says_stops_the_export(string change)
    {
        var manifest = TestBundles.Manifest(key, parts);
        var supplier = TestBundles.Supplier(parts);
        var wrong = manifest.Parts[1];
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<InvalidOperationException>(() => BundleWriter.WriteAsync(
            output,
            manifest,
            key,
            async (part, stream, cancellationToken) =>
            {
                if (part.SubmissionId != wrong.SubmissionId || part.PartIndex != wrong.PartIndex)
                {
                    await supplier(part, stream, cancellationToken);
                    return;
                }

                var content = parts[1].Content;
                switch (change)
                {
                    case "fewer bytes":
                        await stream.WriteAsync(content.AsMemory(0, content.Length - 1), cancellationToken);
                        break;
                    case "no bytes":
                        break;
                    case "more bytes":
                        await stream.WriteAsync(content, cancellationToken);
                        stream.WriteByte(0);
                        break;
                    case "different bytes":
                        var changed = (byte[])content.Clone();
                        changed[content.Length / 2] ^= 0x01;
                        await stream.WriteAsync(changed, cancellationToken);
                        break;
                    default:
                        await stream.WriteAsync(parts[2].Content.AsMemory(0, Math.Min(parts[2].Content.Length, content.Length)), cancellationToken);
                        break;
                }
            },
            null,
            CancellationToken.None));
    }

    [Theory]
    [InlineData("parts out of submission order")]
    [InlineData("part index gap")]
    [InlineData("one submission with two days")]
    [InlineData("sequence 1 with a previous id")]
    [InlineData("sequence 2 without a previous id")]
    public async Task A_manifest_that_no_reader_would_accept_is_not_written(string rule)
    {
        var manifest = TestBundles.Manifest(key, parts);
        var list = manifest.Parts.ToList();
        manifest = rule switch
        {
            "parts out of submission order" => manifest with { Parts = [.. list.Where(p => p.SubmissionId != list[0].SubmissionId), .. list.Where(p => p.SubmissionId == list[0].SubmissionId)] },
            "part index gap" => manifest with { Parts = [.. list.Select(p => p.PartIndex == 0 ? p : p with { PartIndex = p.PartIndex + 1 })] },
            "one submission with two days" => manifest with { Parts = [.. list.Select(p => p.PartIndex == 0 ? p : p with { Day = p.Day.AddDays(1) })] },
            "sequence 1 with a previous id" => manifest with { PreviousBundleId = Guid.NewGuid() },
            _ => manifest with { Sequence = 2 },
        };
        Assert.True(rule.StartsWith("sequence", StringComparison.Ordinal) || !manifest.Parts.SequenceEqual(list), "the test data did not break the rule");
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentException>(() => BundleWriter.WriteAsync(output, manifest, key, TestBundles.Supplier(parts), null, CancellationToken.None));
        Assert.Equal(0, output.Length);
    }

    [Theory]
    [InlineData("empty part")]
    [InlineData("sequence 0")]
    public async Task A_manifest_with_a_value_out_of_range_is_not_written(string rule)
    {
        var empty = new BundlePart(Guid.NewGuid(), 0, TestBundles.Today, 0, SHA256.HashData([]));
        var manifest = TestBundles.Manifest(key, parts);
        manifest = rule == "empty part"
            ? manifest with { Parts = [empty] }
            : manifest with { Sequence = 0, PreviousBundleId = Guid.NewGuid() };
        using var output = new MemoryStream();

        var error = await Record.ExceptionAsync(() => BundleWriter.WriteAsync(output, manifest, key, (_, _, _) => Task.CompletedTask, null, CancellationToken.None));

        Assert.True(error is ArgumentException or BundleException, error?.GetType().Name ?? "written");
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task A_manifest_larger_than_readers_accept_is_not_written()
    {
        var content = new byte[] { 42 };
        var hash = SHA256.HashData(content);
        var random = new Random(42);
        var parts = Enumerable.Range(0, 60_000)
            .Select(_ => TestBundles.RandomId(random))
            .OrderBy(id => id.ToString("D"), StringComparer.Ordinal)
            .SelectMany(id => Enumerable.Range(0, 4).Select(index => new BundlePart(id, index, TestBundles.Today, 1, hash)))
            .ToList();
        var manifest = TestBundles.Manifest(key, []) with { Parts = parts };
        using var output = new MemoryStream();

        var error = await Record.ExceptionAsync(() => BundleWriter.WriteAsync(output, manifest, key, (_, stream, token) => stream.WriteAsync(content, token).AsTask(), null, CancellationToken.None));

        Assert.True(error is ArgumentException, error?.GetType().Name ?? "written");
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task A_part_writer_may_dispose_the_stream_it_is_given()
    {
        var manifest = TestBundles.Manifest(key, parts);
        var supplier = TestBundles.Supplier(parts);
        using var output = new MemoryStream();

        await BundleWriter.WriteAsync(
            output,
            manifest,
            key,
            async (part, stream, cancellationToken) =>
            {
                await using (stream)
                {
                    await supplier(part, stream, cancellationToken);
                }
            },
            null,
            CancellationToken.None);

        Assert.Equal(parts.Select(part => part.Content), TestBundles.ReadAll(output.ToArray(), key, verifyFirst: true));
    }
}
