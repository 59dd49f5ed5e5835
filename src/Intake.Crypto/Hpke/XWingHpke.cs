using System.Buffers.Binary;
using System.Security.Cryptography;
using Intake.Crypto.Native;
using NSec.Cryptography;

namespace Intake.Crypto.Hpke;

/// <summary>
/// HPKE (RFC 9180) base mode, single-shot, for the one suite age uses with hybrid keys:
/// KEM MLKEM768-X25519 (X-Wing, id 0x647a), KDF HKDF-SHA256, AEAD ChaCha20Poly1305.
/// The KEM and the primitives come from libsodium and NSec; this class is the key schedule.
/// </summary>
internal static class XWingHpke
{
    private const ushort KemId = 0x647a;
    private const ushort KdfId = 0x0001;
    private const ushort AeadId = 0x0003;
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] SuiteId = BuildSuiteId();

    public const int EncapsulatedKeySize = Sodium.XWingCiphertextSize;

    /// <summary>SealBase(pkR, info, aad, pt): returns the encapsulated key and writes the ciphertext.</summary>
    public static byte[] SealBase(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> info, ReadOnlySpan<byte> plaintext, Span<byte> ciphertext)
    {
        var enc = new byte[EncapsulatedKeySize];
        Span<byte> sharedSecret = stackalloc byte[Sodium.XWingSharedSecretSize];
        try
        {
            if (!Sodium.XWingEncapsulate(publicKey, enc, sharedSecret))
            {
                throw new ArgumentException("The post-quantum recipient key is not usable.", nameof(publicKey));
            }
            var key = KeySchedule(sharedSecret, info, out var nonce);
            try
            {
                using var aead = new System.Security.Cryptography.ChaCha20Poly1305(key);
                aead.Encrypt(nonce, plaintext, ciphertext[..plaintext.Length], ciphertext.Slice(plaintext.Length, TagSize));
                return enc;
            }
            finally
            {
                CryptographicOperations.ZeroMemory(key);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(sharedSecret);
        }
    }

    /// <summary>OpenBase(enc, skR, info, aad, ct).</summary>
    public static HpkeOpenResult OpenBase(ReadOnlySpan<byte> enc, ReadOnlySpan<byte> secretKey, ReadOnlySpan<byte> info, ReadOnlySpan<byte> ciphertext, Span<byte> plaintext)
    {
        Span<byte> sharedSecret = stackalloc byte[Sodium.XWingSharedSecretSize];
        try
        {
            if (!Sodium.XWingDecapsulate(enc, secretKey, sharedSecret))
            {
                return HpkeOpenResult.InvalidEncapsulation;
            }
            if (ciphertext.Length < TagSize)
            {
                return HpkeOpenResult.AuthenticationFailed;
            }
            var key = KeySchedule(sharedSecret, info, out var nonce);
            try
            {
                using var aead = new System.Security.Cryptography.ChaCha20Poly1305(key);
                aead.Decrypt(nonce, ciphertext[..^TagSize], ciphertext[^TagSize..], plaintext[..(ciphertext.Length - TagSize)]);
                return HpkeOpenResult.Opened;
            }
            catch (AuthenticationTagMismatchException)
            {
                return HpkeOpenResult.AuthenticationFailed;
            }
            finally
            {
                CryptographicOperations.ZeroMemory(key);
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(sharedSecret);
        }
    }

    // RFC 9180 §5.1 KeySchedule for mode_base with an empty PSK; only the AEAD key and
    // base nonce are needed because age seals exactly one message per context. The key is
    // returned as bytes for the BCL's ChaCha20Poly1305 (the caller zeroes it): an NSec Key
    // lives in guarded memory whose allocation costs system calls on every file.
    private static byte[] KeySchedule(ReadOnlySpan<byte> sharedSecret, ReadOnlySpan<byte> info, out byte[] baseNonce)
    {
        var pskIdHash = LabeledExtract([], "psk_id_hash"u8, []);
        var infoHash = LabeledExtract([], "info_hash"u8, info);
        byte[] context = [0x00, .. pskIdHash, .. infoHash];
        var secret = LabeledExtract(sharedSecret, "secret"u8, []);
        try
        {
            baseNonce = LabeledExpand(secret, "base_nonce"u8, context, NonceSize);
            return LabeledExpand(secret, "key"u8, context, KeySize);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    private static byte[] LabeledExtract(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> label, ReadOnlySpan<byte> ikm)
    {
        byte[] labeledIkm = [.. "HPKE-v1"u8, .. SuiteId, .. label, .. ikm];
        try
        {
            return KeyDerivationAlgorithm.HkdfSha256.Extract(labeledIkm, salt);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(labeledIkm);
        }
    }

    private static byte[] LabeledExpand(ReadOnlySpan<byte> prk, ReadOnlySpan<byte> label, ReadOnlySpan<byte> info, int length)
    {
        Span<byte> lengthPrefix = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(lengthPrefix, (ushort)length);
        byte[] labeledInfo = [.. lengthPrefix, .. "HPKE-v1"u8, .. SuiteId, .. label, .. info];
        return KeyDerivationAlgorithm.HkdfSha256.Expand(prk, labeledInfo, length);
    }

    private static byte[] BuildSuiteId()
    {
        var suite = new byte[10];
        "HPKE"u8.CopyTo(suite);
        BinaryPrimitives.WriteUInt16BigEndian(suite.AsSpan(4), KemId);
        BinaryPrimitives.WriteUInt16BigEndian(suite.AsSpan(6), KdfId);
        BinaryPrimitives.WriteUInt16BigEndian(suite.AsSpan(8), AeadId);
        return suite;
    }
}

/// <summary>Outcome of <see cref="XWingHpke.OpenBase"/>.</summary>
internal enum HpkeOpenResult
{
    Opened,
    AuthenticationFailed,
    InvalidEncapsulation,
}
