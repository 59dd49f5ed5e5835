using System.Buffers;
using System.Text.Json;

namespace Intake.Bundles;

/// <summary>
/// What `review ack` writes and `intake purge --ack` reads: the bundles imported on the
/// reviewers' laptop, each with the SHA-256 of its signed manifest so the server purges only
/// what it really exported in that bundle. It carries ids only, never content.
/// </summary>
public sealed record Acknowledgement(IReadOnlyList<AcknowledgedBundle> Bundles)
{
    private const string What = "acknowledgement";
    private const string Kind = "testimonio-acknowledgement";
    private static readonly string[] RootNames = ["kind", "format", "bundles"];
    private static readonly string[] BundleNames = ["server_key", "bundle", "sequence", "manifest_sha256", "submissions"];

    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Kind);
            writer.WriteNumber("format", BundleFormat.Version);
            writer.WriteStartArray("bundles");
            foreach (var bundle in Bundles)
            {
                writer.WriteStartObject();
                writer.WriteString("server_key", bundle.ServerKeyId);
                writer.WriteString("bundle", bundle.BundleId.ToString("D"));
                writer.WriteNumber("sequence", bundle.Sequence);
                writer.WriteString("manifest_sha256", Convert.ToHexStringLower(bundle.ManifestSha256));
                writer.WriteStartArray("submissions");
                foreach (var submission in bundle.Submissions)
                {
                    writer.WriteStringValue(submission.ToString("D"));
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <exception cref="BundleException">Not an acknowledgement of this format (problem <see cref="BundleProblem.MalformedAcknowledgement"/>).</exception>
    public static Acknowledgement Parse(ReadOnlySpan<byte> json)
    {
        using var document = StrictJsonObject.Parse(json, BundleProblem.MalformedAcknowledgement, What);
        var root = new StrictJsonObject(document.RootElement, RootNames, BundleProblem.MalformedAcknowledgement, What);
        if (root.Text(document.RootElement.GetProperty("kind"), "kind") != Kind)
        {
            throw root.Fail("is not a Testimonio acknowledgement (written by `review ack`)");
        }

        if (root.Integer("format", 0, int.MaxValue) != BundleFormat.Version)
        {
            throw root.Fail($"is not format {BundleFormat.Version}; write it again with the same version of `review` as the server");
        }

        return new Acknowledgement(root.Array("bundles").Select(ReadBundle).ToList());
    }

    private static AcknowledgedBundle ReadBundle(JsonElement element)
    {
        var bundle = new StrictJsonObject(element, BundleNames, BundleProblem.MalformedAcknowledgement, "acknowledgement's bundle");
        var submissions = bundle.Array("submissions")
            .Select(item => bundle.ParseId(bundle.Text(item, "submissions"), "submissions"))
            .ToList();
        if (submissions.Distinct().Count() != submissions.Count)
        {
            throw bundle.Fail("lists a submission twice");
        }

        return new AcknowledgedBundle(
            bundle.HexText("server_key", 8),
            bundle.Id("bundle"),
            bundle.Integer("sequence", 1, long.MaxValue),
            bundle.Hex("manifest_sha256", 32),
            submissions);
    }
}
