using System.Buffers.Binary;
using System.Security.Cryptography;
using Intake.Crypto.Age;
using NSec.Cryptography;

namespace Intake.Crypto.Payload;

/// <summary>The constants and derivations of the age STREAM payload.</summary>
internal static class PayloadFormat
{
    public const int NonceSize = 16;
    public const int ChunkSize = 64 * 1024;
    public const int TagSize = 16;
    public const int SealedChunkSize = ChunkSize + TagSize;
    public const int ChunkNonceSize = 12;

    /// <summary>payload key = HKDF-SHA-256(ikm = file key, salt = nonce, info = "payload").</summary>
    public static byte[] DeriveKey(FileKey fileKey, ReadOnlySpan<byte> nonce)
    {
        var key = GC.AllocateArray<byte>(32, pinned: true);
        KeyDerivationAlgorithm.HkdfSha256.DeriveBytes(fileKey.Bytes, nonce, "payload"u8, key);
        return key;
    }

    /// <summary>11-byte big-endian chunk counter, then 0x01 for the final chunk or 0x00 before it.</summary>
    public static void ChunkNonce(Span<byte> nonce, long counter, bool final)
    {
        nonce.Clear();
        BinaryPrimitives.WriteInt64BigEndian(nonce.Slice(3, 8), counter);
        nonce[11] = final ? (byte)1 : (byte)0;
    }

    public static byte[] NewNonce() => RandomNumberGenerator.GetBytes(NonceSize);
}
