using System.Security.Cryptography;

namespace Intake.Crypto.Payload;

/// <summary>The BCL's ChaCha20-Poly1305 (OpenSSL on Linux), the fast path.</summary>
internal sealed class BclChunkCipher(ReadOnlySpan<byte> key) : ChunkCipher
{
    private readonly ChaCha20Poly1305 _aead = new(key);

    public override void Seal(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> output)
    {
        var split = plaintext.Length;
        _aead.Encrypt(nonce, plaintext, output[..split], output.Slice(split, PayloadFormat.TagSize));
    }

    public override bool TryOpen(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> input, Span<byte> plaintext)
    {
        var split = input.Length - PayloadFormat.TagSize;
        try
        {
            _aead.Decrypt(nonce, input[..split], input[split..], plaintext[..split]);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            CryptographicOperations.ZeroMemory(plaintext);
            return false;
        }
    }

    public override void Dispose() => _aead.Dispose();
}
