using System.Runtime.Versioning;
using Intake.Bundles;

namespace Intake.Server.Tests.Export;

/// <summary>Acknowledgements as `review ack` writes them, built from the bundles the server wrote.</summary>
[UnsupportedOSPlatform("windows")]
internal static class AcknowledgementFile
{
    /// <summary>The reviewers' confirmation of one bundle: its key id, id, sequence, manifest hash and testimonies.</summary>
    public static AcknowledgedBundle Of(ExportedServer server, string bundlePath)
    {
        using var bundle = server.Open(bundlePath);
        bundle.VerifyParts();
        return new AcknowledgedBundle(bundle.Manifest.ServerKeyId, bundle.Manifest.BundleId, bundle.Manifest.Sequence, bundle.ManifestSha256, [.. bundle.Manifest.Submissions]);
    }

    public static string Write(TempDirectory directory, params AcknowledgedBundle[] bundles) =>
        directory.Write("acknowledgement.json", new Acknowledgement(bundles).ToJson());
}
