using System.Security.Cryptography;

namespace Intake.Crypto.Payload;

/// <summary>
/// ChaCha20-Poly1305 bound to one payload key, sealing chunks as ciphertext‖tag. One
/// instance per worker thread: neither backend's key object may be shared across threads.
/// </summary>
internal abstract class ChunkCipher : IDisposable
{
    public static ChunkCipher Create(ReadOnlySpan<byte> key, PayloadCipherBackend backend) => backend switch
    {
        PayloadCipherBackend.Bcl => new BclChunkCipher(key),
        PayloadCipherBackend.NSec => new NSecChunkCipher(key),
        _ => ChaCha20Poly1305.IsSupported ? new BclChunkCipher(key) : new NSecChunkCipher(key),
    };

    /// <summary>Writes plaintext.Length + 16 bytes to <paramref name="output"/>.</summary>
    public abstract void Seal(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> output);

    /// <summary>Verifies and decrypts; false (and <paramref name="plaintext"/> cleared) if the tag does not match.</summary>
    public abstract bool TryOpen(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> input, Span<byte> plaintext);

    public abstract void Dispose();
}
