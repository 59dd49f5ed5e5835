using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Intake.Bundles.Tests.Support;

/// <summary>One part's manifest entry and the bytes that belong to it.</summary>
internal sealed record TestPart(BundlePart Part, byte[] Content);

/// <summary>
/// Builds bundles two ways: with <see cref="BundleWriter"/>, and by hand from the layout in
/// docs/export-bundle.md, so a test can sign a manifest that breaks exactly one rule.
/// </summary>
internal static class TestBundles
{
    public static readonly byte[] Magic = "testimonio-export-bundle/v1\n"u8.ToArray();
    public static readonly byte[] SignatureLabel = "testimonio export manifest v1\n"u8.ToArray();
    public static readonly DateOnly Today = new(2025, 3, 14);

    /// <summary>Whole submissions of 1–3 parts of random bytes, sorted as a manifest wants them.</summary>
    public static List<TestPart> RandomParts(Random random, int submissions, int maxSize)
    {
        var ids = Enumerable.Range(0, submissions).Select(_ => RandomId(random)).OrderBy(id => id.ToString("D"), StringComparer.Ordinal);
        var parts = new List<TestPart>();
        foreach (var id in ids)
        {
            var day = Today.AddDays(-random.Next(0, 60));
            var count = random.Next(1, 4);
            for (var index = 0; index < count; index++)
            {
                var content = new byte[random.Next(1, maxSize + 1)];
                random.NextBytes(content);
                parts.Add(new TestPart(new BundlePart(id, index, day, content.Length, SHA256.HashData(content)), content));
            }
        }

        return parts;
    }

    public static Guid RandomId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    public static BundleManifest Manifest(ExportSigningKey key, IEnumerable<TestPart> parts, long sequence = 1, Guid? previous = null) => new()
    {
        BundleId = Guid.NewGuid(),
        Sequence = sequence,
        PreviousBundleId = previous,
        ServerKeyId = key.PublicKey.KeyId,
        CreatedDay = Today,
        Parts = [.. parts.Select(part => part.Part)],
    };

    /// <summary>Writes with <see cref="BundleWriter"/>, handing each part over in uneven writes.</summary>
    public static async Task<byte[]> WriteAsync(BundleManifest manifest, ExportSigningKey key, IReadOnlyList<TestPart> parts, IProgress<long>? progress = null) =>
        (await WriteSignedAsync(manifest, key, parts, progress)).Bundle;

    public static async Task<(byte[] Bundle, SignedManifest Signed)> WriteSignedAsync(BundleManifest manifest, ExportSigningKey key, IReadOnlyList<TestPart> parts, IProgress<long>? progress = null)
    {
        using var output = new MemoryStream();
        var signed = await BundleWriter.WriteAsync(output, manifest, key, Supplier(parts), progress, CancellationToken.None);
        return (output.ToArray(), signed);
    }

    /// <summary>A <c>writePart</c> that writes each part's content in uneven pieces, sync and async.</summary>
    public static Func<BundlePart, Stream, CancellationToken, Task> Supplier(IReadOnlyList<TestPart> parts)
    {
        var contents = parts.ToDictionary(part => (part.Part.SubmissionId, part.Part.PartIndex), part => part.Content);
        return async (part, stream, cancellationToken) =>
        {
            var content = contents[(part.SubmissionId, part.PartIndex)];
            var offset = 0;
            var step = 1;
            while (offset < content.Length)
            {
                var count = Math.Min(step, content.Length - offset);
                if (step % 2 == 0)
                {
                    stream.Write(content, offset, count);
                }
                else
                {
                    await stream.WriteAsync(content.AsMemory(offset, count), cancellationToken);
                }

                offset += count;
                step = (step * 7) + 3;
            }
        };
    }

    public static byte[] Sign(ExportSigningKey key, byte[] manifestJson) => key.Sign([.. SignatureLabel, .. manifestJson]);

    /// <summary>A bundle assembled by hand: magic, big-endian length, manifest, signature, parts.</summary>
    public static byte[] Assemble(byte[] manifestJson, byte[] signature, IEnumerable<byte[]> parts)
    {
        using var output = new MemoryStream();
        output.Write(Magic);
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)manifestJson.Length);
        output.Write(length);
        output.Write(manifestJson);
        output.Write(signature);
        foreach (var part in parts)
        {
            output.Write(part);
        }

        return output.ToArray();
    }

    public static byte[] SignAndAssemble(ExportSigningKey key, string manifestJson, IEnumerable<TestPart> parts)
    {
        var json = Encoding.UTF8.GetBytes(manifestJson);
        return Assemble(json, Sign(key, json), parts.Select(part => part.Content));
    }

    /// <summary>The manifest text a server would write, built independently of the library.</summary>
    public static string ManifestJson(BundleManifest manifest)
    {
        var parts = manifest.Parts.Select(PartJson);
        var previous = manifest.PreviousBundleId is { } id ? $"\"{id:D}\"" : "null";
        return $"{{\"format\":1,\"bundle\":\"{manifest.BundleId:D}\",\"sequence\":{manifest.Sequence},\"previous\":{previous},"
            + $"\"server_key\":\"{manifest.ServerKeyId}\",\"created_day\":\"{Day(manifest.CreatedDay)}\",\"parts\":[{string.Join(',', parts)}]}}";
    }

    public static string PartJson(BundlePart part) =>
        $"{{\"submission\":\"{part.SubmissionId:D}\",\"part\":{part.PartIndex},\"day\":\"{Day(part.Day)}\",\"size\":{part.Size},\"sha256\":\"{part.Sha256Hex}\"}}";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Func<string, ExportPublicKey?> Trusting(ExportSigningKey key) =>
        id => id == key.PublicKey.KeyId ? key.PublicKey : null;

    public static BundleReader Open(byte[] bundle, ExportSigningKey key) => BundleReader.Open(new MemoryStream(bundle), Trusting(key));

    /// <summary>Where the manifest, the signature and the parts start in a bundle's bytes.</summary>
    public static (int ManifestStart, int ManifestLength, int SignatureStart, int PartsStart) Layout(byte[] bundle)
    {
        var length = (int)BinaryPrimitives.ReadUInt32BigEndian(bundle.AsSpan(Magic.Length, 4));
        var manifestStart = Magic.Length + 4;
        return (manifestStart, length, manifestStart + length, manifestStart + length + 64);
    }

    /// <summary>Opens, verifies and reads every part through <see cref="BundleReader.NextPart"/>.</summary>
    public static List<byte[]> ReadAll(byte[] bundle, ExportSigningKey key, bool verifyFirst)
    {
        using var reader = Open(bundle, key);
        if (verifyFirst)
        {
            reader.VerifyParts();
        }

        var contents = new List<byte[]>();
        while (reader.NextPart() is { } next)
        {
            using var copy = new MemoryStream();
            next.Content.CopyTo(copy);
            contents.Add(copy.ToArray());
        }

        return contents;
    }

    public static byte[] Flip(byte[] bytes, int position, byte mask = 0x01)
    {
        var copy = (byte[])bytes.Clone();
        copy[position] ^= mask;
        return copy;
    }

    public static BundleProblem Refusal(Action action) => Assert.Throws<BundleException>(action).Problem;

    /// <summary>The problem the action reported, or null when it accepted the input.</summary>
    public static BundleProblem? ProblemOf(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (BundleException e)
        {
            return e.Problem;
        }
    }
}

/// <summary>Records progress reports on the reporting thread (<see cref="Progress{T}"/> would post them later).</summary>
internal sealed class ProgressRecorder : IProgress<long>
{
    public List<long> Values { get; } = [];

    public void Report(long value) => Values.Add(value);
}
