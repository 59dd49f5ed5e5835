using System.Security.Cryptography;
using Intake.Crypto.Age;
using NSec.Cryptography;

namespace Intake.Crypto.Recipients;

/// <summary>
/// ChaCha20-Poly1305 with an all-zero nonce around the 16-byte file key: the body of
/// X25519 and scrypt stanzas. The zero nonce is safe because every wrap key is fresh.
/// </summary>
internal static class FileKeyWrap
{
    public const int BodySize = FileKey.Size + 16;
    private static readonly byte[] ZeroNonce = new byte[12];

    public static byte[] Seal(ReadOnlySpan<byte> wrapKey, FileKey fileKey)
    {
        using var key = Key.Import(AeadAlgorithm.ChaCha20Poly1305, wrapKey, KeyBlobFormat.RawSymmetricKey);
        return AeadAlgorithm.ChaCha20Poly1305.Encrypt(key, ZeroNonce, [], fileKey.Bytes);
    }

    /// <summary>The file key, or null if <paramref name="body"/> does not open under this wrap key.</summary>
    public static FileKey? Open(ReadOnlySpan<byte> wrapKey, ReadOnlySpan<byte> body)
    {
        if (body.Length != BodySize)
        {
            // Checked before decrypting, as age.md requires, against partitioning oracles.
            throw new AgeFormatException(AgeFailure.Header);
        }
        using var key = Key.Import(AeadAlgorithm.ChaCha20Poly1305, wrapKey, KeyBlobFormat.RawSymmetricKey);
        Span<byte> plaintext = stackalloc byte[FileKey.Size];
        try
        {
            return AeadAlgorithm.ChaCha20Poly1305.Decrypt(key, ZeroNonce, [], body, plaintext)
                ? FileKey.FromBytes(plaintext)
                : null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
