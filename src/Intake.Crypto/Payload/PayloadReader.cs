using Intake.Crypto.Age;

namespace Intake.Crypto.Payload;

/// <summary>
/// Decrypts the STREAM payload a batch of chunks at a time, and releases plaintext only
/// from chunks whose tag verified, strictly in order. While one batch is handed out the
/// next is already being read and opened. The rules that span chunks (a final chunk must
/// exist, may be empty only if it is the only one, and nothing may follow it) are applied
/// in order, so what a caller receives before an error never depends on the thread count.
/// </summary>
internal sealed class PayloadReader : IDisposable
{
    private readonly Stream _source;
    private readonly ChunkWorkers _workers;
    private ChunkBatch _released;
    private ChunkBatch _ahead;
    private bool _aheadStarted;
    private long _nextCounter;
    private int _releasable;
    private int _releaseIndex;
    private int _releaseOffset;
    private bool _finished;
    private AgeFormatException? _failure;

    public PayloadReader(Stream source, ReadOnlySpan<byte> payloadKey, int degreeOfParallelism, PayloadCipherBackend backend)
    {
        _source = source;
        _workers = new ChunkWorkers(payloadKey, degreeOfParallelism, backend);
        _released = new ChunkBatch(_workers.BatchSize);
        _ahead = new ChunkBatch(_workers.BatchSize);
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
                var slot = _released.Slots[_releaseIndex];
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
            Advance();
        }
    }

    // Reads the batch after the one being opened (the released one is used up, so its
    // buffers are free), waits for the opened one, starts the next, and releases.
    private void Advance()
    {
        if (!_aheadStarted)
        {
            ReadBatch(_ahead);
            _workers.Start(_ahead, Open);
        }
        _released.Reset();
        var more = !_ahead.ReachedEnd;
        if (more)
        {
            ReadBatch(_released);
        }
        _ahead.Wait();
        (var opened, var next) = (_ahead, _released);
        if (more)
        {
            _workers.Start(next, Open);
        }
        (_released, _ahead, _aheadStarted) = (opened, next, more);
        _releaseIndex = 0;
        _releaseOffset = 0;
        _releasable = CountReleasable(opened, nextHasData: more && next.Slots[0].SealedLength > 0);
    }

    private void ReadBatch(ChunkBatch batch)
    {
        batch.FirstCounter = _nextCounter;
        batch.Count = 0;
        while (batch.Count < batch.Slots.Length)
        {
            var slot = batch.Slots[batch.Count++];
            slot.SealedLength = _source.ReadAtLeast(slot.Sealed, slot.Sealed.Length, throwOnEndOfStream: false);
            if (slot.SealedLength < PayloadFormat.SealedChunkSize)
            {
                break;
            }
        }
        _nextCounter += batch.Count;
    }

    // Applies the cross-chunk rules in order and records the first failure, which is
    // thrown only after every chunk before it has been handed out.
    private int CountReleasable(ChunkBatch batch, bool nextHasData)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var slot = batch.Slots[i];
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
            if (slot.PlainLength == 0 && batch.FirstCounter + i > 0)
            {
                // Only an entirely empty payload may end with an empty chunk.
                _failure = new AgeFormatException(AgeFailure.Payload);
                return i;
            }
            var trailing = i + 1 < batch.Count ? batch.Slots[i + 1].SealedLength > 0 : nextHasData;
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
        return batch.Count;
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
        if (slot.SealedLength == PayloadFormat.SealedChunkSize)
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
        // A batch may still be opened in the background; its ciphers must outlive it.
        try
        {
            _ahead.Wait();
        }
        finally
        {
            _ahead.Wipe();
            _released.Wipe();
            _workers.Dispose();
        }
    }
}
