using System.Security.Cryptography;

namespace Intake.Bundles;

/// <summary>A manifest's exact bytes and the server's signature over them: what a server keeps to write the same bundle again.</summary>
public sealed record SignedManifest(byte[] Json, byte[] Signature)
{
    public byte[] Sha256() => SHA256.HashData(Json);

    /// <exception cref="BundleException">The bytes are not a manifest of this format.</exception>
    public BundleManifest ReadManifest() => ManifestJson.Parse(Json);
}
