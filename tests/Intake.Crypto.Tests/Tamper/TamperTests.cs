using Intake.Crypto.Age;
using Intake.Crypto.Recipients;

namespace Intake.Crypto.Tests.Tamper;

/// <summary>
/// Any single flipped byte, any truncation at or inside a chunk, and any appended bytes
/// are refused; what was released before the refusal is exactly the chunks that verified.
/// </summary>
public sealed class TamperTests : IDisposable
{
    private const int Chunk = 64 * 1024;
    private const int SealedChunk = Chunk + 16;
    private readonly X25519Identity _identity = X25519Identity.Generate();
    private readonly byte[] _plaintext = new byte[(2 * Chunk) + 1000];
    private readonly byte[] _file;
    private readonly int _payloadStart;

    public TamperTests()
    {
        new Random(7).NextBytes(_plaintext);
        _file = AgeEncryptor.Encrypt(_plaintext, [_identity.Recipient]);
        _payloadStart = HeaderReader.Read(new MemoryStream(_file)).Encode().Length + 16;
    }

    public static TheoryData<int> Threads() => [1, 3];

    [Theory]
    [MemberData(nameof(Threads))]
    public void Every_header_and_nonce_byte_flipped_is_refused_before_any_plaintext(int threads)
    {
        for (var position = 0; position < _payloadStart; position++)
        {
            var (error, released) = DecryptFlipped(position, threads);

            Assert.True(error is AgeFormatException or NoIdentityMatchedException, $"byte {position}: {error?.GetType().Name ?? "accepted"}");
            Assert.Empty(released);
        }
    }

    [Theory]
    [MemberData(nameof(Threads))]
    public void Payload_bytes_flipped_are_refused_after_releasing_only_earlier_chunks(int threads)
    {
        var positions = Enumerable.Range(_payloadStart, _file.Length - _payloadStart)
            .Where(p => (p - _payloadStart) % 61 == 0 || (p - _payloadStart) % SealedChunk is < 16 or >= SealedChunk - 16 || p > _file.Length - 1100);
        foreach (var position in positions)
        {
            var (error, released) = DecryptFlipped(position, threads);
            var chunk = (position - _payloadStart) / SealedChunk;

            Assert.Equal(AgeFailure.Payload, Assert.IsType<AgeFormatException>(error).Failure);
            Assert.Equal(_plaintext.AsSpan(0, chunk * Chunk).ToArray(), released);
        }
    }

    [Theory]
    [MemberData(nameof(Threads))]
    public void Truncation_anywhere_in_the_payload_is_refused(int threads)
    {
        int[] ends =
        [
            _payloadStart, _payloadStart + 1, _payloadStart + 15, _payloadStart + SealedChunk - 1, _payloadStart + SealedChunk,
            _payloadStart + SealedChunk + 1, _payloadStart + (2 * SealedChunk), _payloadStart + (2 * SealedChunk) + 16, _file.Length - 1,
        ];
        foreach (var end in ends)
        {
            var (error, released) = Decrypt(_file[..end], threads);
            var wholeChunks = Math.Min(2, (end - _payloadStart) / SealedChunk);

            Assert.Equal(AgeFailure.Payload, Assert.IsType<AgeFormatException>(error).Failure);
            Assert.Equal(_plaintext.AsSpan(0, wholeChunks * Chunk).ToArray(), released);
        }
        Assert.IsType<AgeFormatException>(Decrypt(_file[..(_payloadStart - 1)], threads).Error);
    }

    [Theory]
    [MemberData(nameof(Threads))]
    public void Appended_bytes_are_refused(int threads)
    {
        // The short final chunk is read together with what follows it, so it fails to verify.
        foreach (var extra in new[] { 1, 16, SealedChunk })
        {
            var (error, released) = Decrypt([.. _file, .. new byte[extra]], threads);

            Assert.Equal(AgeFailure.Payload, Assert.IsType<AgeFormatException>(error).Failure);
            Assert.Equal(_plaintext.AsSpan(0, 2 * Chunk).ToArray(), released);
        }

        // A full final chunk verifies on its own; the bytes after it are refused.
        var whole = _plaintext[..(2 * Chunk)];
        var file = AgeEncryptor.Encrypt(whole, [_identity.Recipient]);
        foreach (var extra in new[] { 1, SealedChunk })
        {
            var (error, released) = Decrypt([.. file, .. new byte[extra]], threads);

            Assert.Equal(AgeFailure.Payload, Assert.IsType<AgeFormatException>(error).Failure);
            Assert.Equal(whole, released);
        }
    }

    [Fact]
    public void Whole_buffer_decryption_of_a_damaged_file_returns_nothing()
    {
        var damaged = (byte[])_file.Clone();
        damaged[^1] ^= 1;

        Assert.Throws<AgeFormatException>(() => AgeDecryptor.Decrypt(damaged, [_identity]));
    }

    [Fact]
    public void The_error_message_is_the_same_whichever_payload_byte_was_changed()
    {
        var messages = new[] { _payloadStart + 3, _payloadStart + SealedChunk + 9, _file.Length - 2 }
            .Select(p => DecryptFlipped(p, 1).Error!.Message)
            .Distinct();

        Assert.Single(messages);
    }

    private (Exception? Error, byte[] Released) DecryptFlipped(int position, int threads)
    {
        var tampered = (byte[])_file.Clone();
        tampered[position] ^= 0x01;
        return Decrypt(tampered, threads);
    }

    private (Exception? Error, byte[] Released) Decrypt(byte[] file, int threads)
    {
        var released = new MemoryStream();
        try
        {
            using var stream = AgeDecryptor.Open(new MemoryStream(file), [_identity], new AgeDecryptOptions { MaxDegreeOfParallelism = threads, Armor = ArmorMode.Binary });
            stream.CopyTo(released);
            return (null, released.ToArray());
        }
        catch (Exception e) when (e is AgeFormatException or NoIdentityMatchedException)
        {
            return (e, released.ToArray());
        }
    }

    public void Dispose() => _identity.Dispose();
}
