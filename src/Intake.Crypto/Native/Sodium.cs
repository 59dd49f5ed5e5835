using System.Runtime.InteropServices;

namespace Intake.Crypto.Native;

/// <summary>
/// The few libsodium functions NSec does not wrap: the X-Wing (MLKEM768-X25519) KEM and
/// scrypt with an arbitrary salt length (NSec fixes it at 32 bytes; age uses 44).
/// The library is the libsodium 1.0.22 that the NSec package ships for each platform.
/// Every call is wrapped with its buffer sizes checked, so no caller can pass a short span.
/// </summary>
internal static unsafe partial class Sodium
{
    private const string Library = "libsodium";

    public const int XWingPublicKeySize = 1216;
    public const int XWingSecretKeySize = 32;
    public const int XWingCiphertextSize = 1120;
    public const int XWingSharedSecretSize = 32;
    public const int XWingSeedSize = 32;

    static Sodium()
    {
        // NSec initialises libsodium too; calling it again is harmless and makes this
        // class safe to use first. It returns 1 when already initialised.
        if (sodium_init() < 0)
        {
            throw new InvalidOperationException("libsodium could not be initialised.");
        }
        if (crypto_kem_xwing_publickeybytes() != XWingPublicKeySize
            || crypto_kem_xwing_secretkeybytes() != XWingSecretKeySize
            || crypto_kem_xwing_ciphertextbytes() != XWingCiphertextSize
            || crypto_kem_xwing_sharedsecretbytes() != XWingSharedSecretSize
            || crypto_kem_xwing_seedbytes() != XWingSeedSize)
        {
            throw new InvalidOperationException("The loaded libsodium has unexpected X-Wing sizes.");
        }
    }

    /// <summary>Derives the X-Wing key pair from a 32-byte seed (the age PQ identity).</summary>
    public static void XWingSeedKeyPair(ReadOnlySpan<byte> seed, Span<byte> publicKey, Span<byte> secretKey)
    {
        Check(seed.Length == XWingSeedSize && publicKey.Length == XWingPublicKeySize && secretKey.Length == XWingSecretKeySize);
        fixed (byte* s = seed)
        fixed (byte* pk = publicKey)
        fixed (byte* sk = secretKey)
        {
            if (crypto_kem_xwing_seed_keypair(pk, sk, s) != 0)
            {
                throw new InvalidOperationException("X-Wing key derivation failed.");
            }
        }
    }

    /// <summary>Encapsulates to <paramref name="publicKey"/>; false if the key is unusable.</summary>
    public static bool XWingEncapsulate(ReadOnlySpan<byte> publicKey, Span<byte> ciphertext, Span<byte> sharedSecret)
    {
        Check(publicKey.Length == XWingPublicKeySize && ciphertext.Length == XWingCiphertextSize && sharedSecret.Length == XWingSharedSecretSize);
        fixed (byte* pk = publicKey)
        fixed (byte* ct = ciphertext)
        fixed (byte* ss = sharedSecret)
        {
            return crypto_kem_xwing_enc(ct, ss, pk) == 0;
        }
    }

    /// <summary>Decapsulates; false when libsodium refuses the ciphertext (an all-zero X25519 share).</summary>
    public static bool XWingDecapsulate(ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> secretKey, Span<byte> sharedSecret)
    {
        Check(ciphertext.Length == XWingCiphertextSize && secretKey.Length == XWingSecretKeySize && sharedSecret.Length == XWingSharedSecretSize);
        fixed (byte* ct = ciphertext)
        fixed (byte* sk = secretKey)
        fixed (byte* ss = sharedSecret)
        {
            return crypto_kem_xwing_dec(ss, ct, sk) == 0;
        }
    }

    /// <summary>scrypt (RFC 7914) with caller-chosen N, r, p and salt of any length.</summary>
    public static void Scrypt(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, ulong n, uint r, uint p, Span<byte> output)
    {
        fixed (byte* pw = password)
        fixed (byte* s = salt)
        fixed (byte* o = output)
        {
            if (crypto_pwhash_scryptsalsa208sha256_ll(pw, (nuint)password.Length, s, (nuint)salt.Length, n, r, p, o, (nuint)output.Length) != 0)
            {
                throw new InsufficientMemoryException("scrypt could not allocate its working memory.");
            }
        }
    }

    private static void Check(bool sizesMatch)
    {
        if (!sizesMatch)
        {
            throw new ArgumentException("Buffer sizes do not match the X-Wing parameters.");
        }
    }

    [LibraryImport(Library)]
    private static partial int sodium_init();

    [LibraryImport(Library)]
    private static partial nuint crypto_kem_xwing_publickeybytes();

    [LibraryImport(Library)]
    private static partial nuint crypto_kem_xwing_secretkeybytes();

    [LibraryImport(Library)]
    private static partial nuint crypto_kem_xwing_ciphertextbytes();

    [LibraryImport(Library)]
    private static partial nuint crypto_kem_xwing_sharedsecretbytes();

    [LibraryImport(Library)]
    private static partial nuint crypto_kem_xwing_seedbytes();

    [LibraryImport(Library)]
    private static partial int crypto_kem_xwing_seed_keypair(byte* pk, byte* sk, byte* seed);

    [LibraryImport(Library)]
    private static partial int crypto_kem_xwing_enc(byte* ct, byte* ss, byte* pk);

    [LibraryImport(Library)]
    private static partial int crypto_kem_xwing_dec(byte* ss, byte* ct, byte* sk);

    [LibraryImport(Library)]
    private static partial int crypto_pwhash_scryptsalsa208sha256_ll(byte* passwd, nuint passwdlen, byte* salt, nuint saltlen, ulong n, uint r, uint p, byte* buf, nuint buflen);
}
