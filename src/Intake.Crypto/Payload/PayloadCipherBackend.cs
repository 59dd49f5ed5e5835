namespace Intake.Crypto.Payload;

/// <summary>Which ChaCha20-Poly1305 implementation encrypts the payload chunks.</summary>
public enum PayloadCipherBackend
{
    /// <summary>The BCL (OpenSSL) where the platform supports it, otherwise libsodium through NSec.</summary>
    Auto,

    /// <summary>System.Security.Cryptography.ChaCha20Poly1305 (OpenSSL on Linux): about 2.5× faster here.</summary>
    Bcl,

    /// <summary>NSec (libsodium), available everywhere.</summary>
    NSec,
}
