using NSec.Cryptography;

namespace Intake.Crypto.Payload;

/// <summary>libsodium's ChaCha20-Poly1305 through NSec, for platforms without the BCL one.</summary>
internal sealed class NSecChunkCipher(ReadOnlySpan<byte> key) : ChunkCipher
{
    private readonly Key _key = Key.Import(AeadAlgorithm.ChaCha20Poly1305, key, KeyBlobFormat.RawSymmetricKey);

    public override void Seal(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> output) =>
        AeadAlgorithm.ChaCha20Poly1305.Encrypt(_key, nonce, [], plaintext, output[..(plaintext.Length + PayloadFormat.TagSize)]);

    public override bool TryOpen(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> input, Span<byte> plaintext) =>
        AeadAlgorithm.ChaCha20Poly1305.Decrypt(_key, nonce, [], input, plaintext[..(input.Length - PayloadFormat.TagSize)]);

    public override void Dispose() => _key.Dispose();
}
