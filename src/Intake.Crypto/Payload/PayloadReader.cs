using Intake.Crypto.Age;

namespace Intake.Crypto.Payload;

/// <summary>
/// Decrypts the STREAM payload in batches of chunks, several at once, and releases
/// plaintext only from chunks whose tag verified, strictly in order. The rules that
/// span chunks (no missing or empty final chunk, nothing after it) are applied in order
/// too, so what a caller receives before an error does not depend on the thread count.
/// </summary>
internal sealed class PayloadReader : IDisposable
{
    private readonly Stream _source;
    private readonly ChunkWorkers _workers;
    private readonly ChunkSlot[] _slots;
    private long _nextCounter;
    private int _filled;
    private int _releasable;
    private int _releaseIndex;
    private int _releaseOffset;
    private bool _finished;
    private AgeFormatException? _failure;

    public PayloadReader(Stream source, ReadOnlySpan<byte> payloadKey, int degreeOfParallelism, PayloadCipherBackend backend)
    {
        _source = source;
        _workers = new ChunkWorkers(payloadKey, degreeOfParallelism, backend);
        _slots = new ChunkSlot[_workers.BatchSize];
        for (var i = 0; i < _slots.Length; i++)
        {
            _slots[i] = new ChunkSlot();
        }
    }

    public int Read(Span<byte> destination)
    {
        if (destination.IsEmpty)
        {
            return 0;
        }
        while (true)
        {
            while (_releaseIndex < _releasable)
            {
                var slot = _slots[_releaseIndex];
                var available = slot.PlainLength - _releaseOffset;
                if (available > 0)
                {
                    var count = Math.Min(available, destination.Length);
                    slot.Plain.AsSpan(_releaseOffset, count).CopyTo(destination);
                    _releaseOffset += count;
                    return count;
                }
                _releaseIndex++;
                _releaseOffset = 0;
            }
            if (_failure is not null)
            {
                throw _failure;
            }
            if (_finished)
            {
                return 0;
            }
            DecryptNextBatch();
        }
    }

    private void DecryptNextBatch()
    {
        for (var i = 0; i < _filled; i++)
        {
            _slots[i].Clear();
        }
        _filled = 0;
        while (_filled < _slots.Length)
        {
            var slot = _slots[_filled++];
            slot.SealedLength = _source.ReadAtLeast(slot.Sealed, slot.Sealed.Length, throwOnEndOfStream: false);
            if (slot.SealedLength < PayloadFormat.SealedChunkSize)
            {
                break;
            }
        }
        var firstCounter = _nextCounter;
        _workers.Run(_filled, (cipher, i) => Open(cipher, _slots[i], firstCounter + i));
        _releaseIndex = 0;
        _releaseOffset = 0;
        _releasable = CountReleasable(firstCounter);
        _nextCounter += _filled;
    }

    // Applies the cross-chunk rules in order and records the first failure, which is
    // thrown only after every chunk before it has been handed out.
    private int CountReleasable(long firstCounter)
    {
        for (var i = 0; i < _filled; i++)
        {
            var slot = _slots[i];
            if (slot.SealedLength == 0 || !slot.Verified)
            {
                // No chunk at all, a final chunk missing at the end, or a bad tag.
                _failure = new AgeFormatException(AgeFailure.Payload);
                return i;
            }
            if (!slot.Final)
            {
                continue;
            }
            if (slot.PlainLength == 0 && firstCounter + i > 0)
            {
                // Only an entirely empty payload may end with an empty chunk.
                _failure = new AgeFormatException(AgeFailure.Payload);
                return i;
            }
            var trailing = i + 1 < _filled ? _slots[i + 1].SealedLength > 0 : HasMoreInput();
            if (trailing)
            {
                _failure = new AgeFormatException(AgeFailure.Payload);
            }
            else
            {
                _finished = true;
            }
            return i + 1;
        }
        return _filled;
    }

    private bool HasMoreInput()
    {
        Span<byte> probe = stackalloc byte[1];
        return _source.Read(probe) > 0;
    }

    // A short chunk can only be the final one. A full chunk is usually not final, but
    // may be when the plaintext is a whole number of chunks: try both, as age does.
    private static void Open(ChunkCipher cipher, ChunkSlot slot, long counter)
    {
        if (slot.SealedLength < PayloadFormat.TagSize)
        {
            return;
        }
        Span<byte> nonce = stackalloc byte[PayloadFormat.ChunkNonceSize];
        var input = slot.Sealed.AsSpan(0, slot.SealedLength);
        var full = slot.SealedLength == PayloadFormat.SealedChunkSize;
        if (full)
        {
            PayloadFormat.ChunkNonce(nonce, counter, final: false);
            slot.Verified = cipher.TryOpen(nonce, input, slot.Plain);
        }
        if (!slot.Verified)
        {
            PayloadFormat.ChunkNonce(nonce, counter, final: true);
            slot.Verified = cipher.TryOpen(nonce, input, slot.Plain);
            slot.Final = true;
        }
        slot.PlainLength = slot.Verified ? slot.SealedLength - PayloadFormat.TagSize : 0;
    }

    public void Dispose()
    {
        foreach (var slot in _slots)
        {
            slot.Clear();
        }
        _workers.Dispose();
    }
}
