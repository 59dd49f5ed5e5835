using System.Security.Cryptography;

namespace Intake.Review.Workspace;

/// <summary>
/// ISO/IEC 7816-4 padding (0x80 then zeros) to a multiple of <see cref="BlockSize"/> bytes
/// before sealing, so a sealed value's length does not tell a blank country from "VE", or
/// one sector code from another.
/// </summary>
internal static class ValuePadding
{
    public const int BlockSize = 64;

    public static byte[] Pad(ReadOnlySpan<byte> value)
    {
        var padded = new byte[(value.Length / BlockSize + 1) * BlockSize];
        value.CopyTo(padded);
        padded[value.Length] = 0x80;
        return padded;
    }

    /// <returns>The value without its padding, or null when the padding is malformed.</returns>
    public static byte[]? Unpad(byte[] padded)
    {
        var end = padded.AsSpan().LastIndexOfAnyExcept((byte)0);
        if (end < 0 || padded[end] != 0x80 || padded.Length % BlockSize != 0)
        {
            return null;
        }
        var value = padded[..end];
        CryptographicOperations.ZeroMemory(padded);
        return value;
    }
}
