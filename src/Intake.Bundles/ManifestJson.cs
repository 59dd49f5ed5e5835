using System.Buffers;
using System.Text.Json;

namespace Intake.Bundles;

/// <summary>
/// The manifest's JSON form. The signature covers the exact bytes, so the reader keeps them
/// as read; it never re-serialises a manifest to check it.
/// </summary>
internal static class ManifestJson
{
    private const string What = "bundle manifest";
    private static readonly string[] ManifestNames = ["format", "bundle", "sequence", "previous", "server_key", "created_day", "parts"];
    private static readonly string[] PartNames = ["submission", "part", "day", "size", "sha256"];

    // A part is an age file: at least a header line; at most what the server accepts in one submission many times over.
    private const long MaxPartSize = 1L << 40;

    public static byte[] Serialize(BundleManifest manifest)
    {
        Check(manifest, message => new ArgumentException(message, nameof(manifest)));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("format", BundleFormat.Version);
            writer.WriteString("bundle", manifest.BundleId.ToString("D"));
            writer.WriteNumber("sequence", manifest.Sequence);
            if (manifest.PreviousBundleId is { } previous)
            {
                writer.WriteString("previous", previous.ToString("D"));
            }
            else
            {
                writer.WriteNull("previous");
            }

            writer.WriteString("server_key", manifest.ServerKeyId);
            writer.WriteString("created_day", manifest.CreatedDay.ToString("yyyy-MM-dd", null));
            writer.WriteStartArray("parts");
            foreach (var part in manifest.Parts)
            {
                writer.WriteStartObject();
                writer.WriteString("submission", part.SubmissionId.ToString("D"));
                writer.WriteNumber("part", part.PartIndex);
                writer.WriteString("day", part.Day.ToString("yyyy-MM-dd", null));
                writer.WriteNumber("size", part.Size);
                writer.WriteString("sha256", part.Sha256Hex);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <exception cref="BundleException">Not a manifest of this format.</exception>
    public static BundleManifest Parse(ReadOnlySpan<byte> json)
    {
        using var document = StrictJsonObject.Parse(json, BundleProblem.MalformedManifest, What);
        var root = new StrictJsonObject(document.RootElement, ManifestNames, BundleProblem.MalformedManifest, What);
        if (root.Integer("format", 0, int.MaxValue) != BundleFormat.Version)
        {
            throw new BundleException(BundleProblem.UnsupportedVersion, $"This bundle's manifest is not format {BundleFormat.Version}; update `review` to the operator's version.");
        }

        var manifest = new BundleManifest
        {
            BundleId = root.Id("bundle"),
            Sequence = root.Integer("sequence", 1, long.MaxValue),
            PreviousBundleId = root.OptionalId("previous"),
            ServerKeyId = root.HexText("server_key", 8),
            CreatedDay = root.Day("created_day"),
            Parts = root.Array("parts").Select(ReadPart).ToList(),
        };
        Check(manifest, message => new BundleException(BundleProblem.MalformedManifest, message));
        return manifest;
    }

    private static BundlePart ReadPart(JsonElement element)
    {
        var part = new StrictJsonObject(element, PartNames, BundleProblem.MalformedManifest, "bundle manifest's part");
        return new BundlePart(
            part.Id("submission"),
            (int)part.Integer("part", 0, int.MaxValue),
            part.Day("day"),
            part.Integer("size", 1, MaxPartSize),
            part.Hex("sha256", 32));
    }

    // Rules a reader relies on: the chain's first link has no previous, and every submission
    // arrives whole and in one order, so nothing can be slipped in or left out unnoticed.
    private static void Check(BundleManifest manifest, Func<string, Exception> fail)
    {
        if ((manifest.Sequence == 1) != (manifest.PreviousBundleId is null))
        {
            throw fail("The bundle manifest must name a previous bundle exactly when its sequence is above 1.");
        }

        BundlePart? before = null;
        foreach (var part in manifest.Parts)
        {
            var sameSubmission = before is not null && before.SubmissionId == part.SubmissionId;
            var expectedIndex = sameSubmission ? before!.PartIndex + 1 : 0;
            if (part.PartIndex != expectedIndex || (!sameSubmission && before is not null && string.CompareOrdinal(before.SubmissionId.ToString("D"), part.SubmissionId.ToString("D")) >= 0))
            {
                throw fail("The bundle manifest's parts are not whole submissions in id order.");
            }

            if (sameSubmission && part.Day != before!.Day)
            {
                throw fail("The bundle manifest gives one submission two days.");
            }

            before = part;
        }
    }
}
