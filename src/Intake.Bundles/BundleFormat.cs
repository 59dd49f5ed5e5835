using System.Text;

namespace Intake.Bundles;

/// <summary>
/// The bundle file layout (docs/export-bundle.md): magic line, 4-byte big-endian manifest
/// length, manifest JSON, 64-byte Ed25519 signature, then each part's ciphertext in manifest
/// order, then the end of the file.
/// </summary>
internal static class BundleFormat
{
    public const int Version = 1;

    public const int SignatureSize = 64;

    // Large enough for ~100,000 parts; a larger length is refused before anything is allocated.
    public const int MaxManifestSize = 32 << 20;

    public static ReadOnlySpan<byte> Magic => "testimonio-export-bundle/v1\n"u8;

    // Signatures are over this label and the manifest, so an export signature can never be
    // passed off as a signature on anything else the key might one day sign.
    public static byte[] SignedMessage(ReadOnlySpan<byte> manifest)
    {
        var label = Encoding.ASCII.GetBytes("testimonio export manifest v1\n");
        var message = new byte[label.Length + manifest.Length];
        label.CopyTo(message, 0);
        manifest.CopyTo(message.AsSpan(label.Length));
        return message;
    }
}
