using System.Buffers.Binary;

namespace Intake.Review.Tests.Support;

/// <summary>Where things are in a bundle file (docs/export-bundle.md), to change exactly one byte of it.</summary>
internal static class BundleBytes
{
    private const int MagicLength = 28;
    private const int SignatureSize = 64;

    public static int SignatureOffset(byte[] bundle) => MagicLength + 4 + ManifestLength(bundle);

    public static int FirstPartOffset(byte[] bundle) => SignatureOffset(bundle) + SignatureSize;

    /// <summary>Rewrites the file with one bit of the byte at <paramref name="offset"/> flipped.</summary>
    public static void FlipBit(string path, int offset)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[offset] ^= 0x01;
        File.WriteAllBytes(path, bytes);
    }

    private static int ManifestLength(byte[] bundle) => (int)BinaryPrimitives.ReadUInt32BigEndian(bundle.AsSpan(MagicLength, 4));
}
