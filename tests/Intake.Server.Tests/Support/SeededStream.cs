using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Intake.Server.Tests.Support;

/// <summary>
/// A read-only stream of <paramref name="length"/> pseudo-random bytes fixed by
/// <paramref name="seed"/> (xoshiro256**), generated as it is read: a 200 MiB file costs
/// 64 KiB of memory, and the same seed gives the same bytes to hash beforehand.
/// </summary>
internal sealed class SeededStream(ulong seed, long length) : Stream
{
    private const int BlockSize = 64 * 1024;
    private readonly byte[] _block = new byte[BlockSize];
    private readonly ulong[] _state = InitialState(seed);
    private int _blockOffset = BlockSize;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>The SHA-256 (lowercase hex) of the bytes a stream with this seed and length gives.</summary>
    public static string Sha256Hex(ulong seed, long length)
    {
        using var stream = new SeededStream(seed, length);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        var done = 0;
        while (done < count)
        {
            if (_blockOffset == BlockSize)
            {
                FillBlock();
            }
            var take = Math.Min(count - done, BlockSize - _blockOffset);
            _block.AsSpan(_blockOffset, take).CopyTo(buffer[done..]);
            _blockOffset += take;
            done += take;
        }
        _position += done;
        return done;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void FillBlock()
    {
        var words = MemoryMarshal.Cast<byte, ulong>(_block.AsSpan());
        var s = _state;
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = ulong.RotateLeft(s[1] * 5, 7) * 9;
            var t = s[1] << 17;
            s[2] ^= s[0];
            s[3] ^= s[1];
            s[1] ^= s[2];
            s[0] ^= s[3];
            s[2] ^= t;
            s[3] = ulong.RotateLeft(s[3], 45);
        }
        _blockOffset = 0;
    }

    private static ulong[] InitialState(ulong seed)
    {
        var state = new ulong[4];
        for (var i = 0; i < state.Length; i++)
        {
            // splitmix64, as the xoshiro authors recommend for seeding.
            seed += 0x9E3779B97F4A7C15;
            var z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            state[i] = z ^ (z >> 31);
        }
        return state;
    }
}
