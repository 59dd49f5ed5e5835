namespace Intake.Crypto.Payload;

/// <summary>
/// Encrypts the STREAM payload: buffers plaintext into 64 KiB chunks, seals a batch of
/// them on several threads once it knows none of them is the last, and writes the sealed
/// chunks in order. The last chunk is sealed on <see cref="Finish"/>.
/// </summary>
internal sealed class PayloadWriter : IDisposable
{
    private readonly Stream _output;
    private readonly ChunkWorkers _workers;
    private readonly ChunkSlot[] _slots;
    private long _nextCounter;
    private int _current;

    public PayloadWriter(Stream output, ReadOnlySpan<byte> payloadKey, int degreeOfParallelism, PayloadCipherBackend backend)
    {
        _output = output;
        _workers = new ChunkWorkers(payloadKey, degreeOfParallelism, backend);
        _slots = new ChunkSlot[_workers.BatchSize];
        for (var i = 0; i < _slots.Length; i++)
        {
            _slots[i] = new ChunkSlot();
        }
    }

    public void Write(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            var slot = _slots[_current];
            if (slot.PlainLength == PayloadFormat.ChunkSize)
            {
                // More data after a full chunk proves that chunk is not the last.
                if (_current + 1 == _slots.Length)
                {
                    SealAndWrite(_slots.Length, lastIsFinal: false);
                    _current = 0;
                }
                else
                {
                    _current++;
                }
                continue;
            }
            var count = Math.Min(PayloadFormat.ChunkSize - slot.PlainLength, data.Length);
            data[..count].CopyTo(slot.Plain.AsSpan(slot.PlainLength));
            slot.PlainLength += count;
            data = data[count..];
        }
    }

    /// <summary>Seals what is buffered, the last chunk with the final flag (an empty one if nothing was written).</summary>
    public void Finish() => SealAndWrite(_current + 1, lastIsFinal: true);

    private void SealAndWrite(int count, bool lastIsFinal)
    {
        var firstCounter = _nextCounter;
        _workers.Run(count, (cipher, i) =>
        {
            var slot = _slots[i];
            Span<byte> nonce = stackalloc byte[PayloadFormat.ChunkNonceSize];
            PayloadFormat.ChunkNonce(nonce, firstCounter + i, lastIsFinal && i == count - 1);
            cipher.Seal(nonce, slot.Plain.AsSpan(0, slot.PlainLength), slot.Sealed);
            slot.SealedLength = slot.PlainLength + PayloadFormat.TagSize;
        });
        for (var i = 0; i < count; i++)
        {
            _output.Write(_slots[i].Sealed, 0, _slots[i].SealedLength);
            _slots[i].Clear();
        }
        _nextCounter += count;
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
