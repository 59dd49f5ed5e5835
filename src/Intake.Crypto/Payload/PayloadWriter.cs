namespace Intake.Crypto.Payload;

/// <summary>
/// Encrypts the STREAM payload: buffers plaintext into 64 KiB chunks and, once a whole
/// batch is known not to hold the last chunk, seals it (in the background when
/// pipelined) while the caller fills the next batch. Sealed chunks are written in order;
/// the last chunk is sealed with the final flag on <see cref="Finish"/>.
/// </summary>
internal sealed class PayloadWriter : IDisposable
{
    private readonly Stream _output;
    private readonly ChunkWorkers _workers;
    private ChunkBatch _filling;
    private ChunkBatch _sealing;
    private long _nextCounter;
    private int _current;

    public PayloadWriter(Stream output, ReadOnlySpan<byte> payloadKey, int degreeOfParallelism, PayloadCipherBackend backend)
    {
        _output = output;
        _workers = new ChunkWorkers(payloadKey, degreeOfParallelism, backend);
        _filling = new ChunkBatch(_workers.BatchSize);
        _sealing = new ChunkBatch(_workers.BatchSize);
    }

    public void Write(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            var slot = _filling.Slots[_current];
            if (slot.PlainLength == PayloadFormat.ChunkSize)
            {
                // More data after a full chunk proves that chunk is not the last.
                if (_current + 1 == _filling.Slots.Length)
                {
                    SealFilling(_filling.Slots.Length);
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
    public void Finish()
    {
        _filling.Slots[_current].Final = true;
        SealFilling(_current + 1);
        _sealing.Wait();
        WriteOut(_sealing);
    }

    // Waits for the previous batch, starts this one, then writes the previous one out
    // while this one is sealed; the written batch's buffers are filled next.
    private void SealFilling(int count)
    {
        _filling.Count = count;
        _filling.FirstCounter = _nextCounter;
        _nextCounter += count;
        _sealing.Wait();
        _workers.Start(_filling, Seal);
        WriteOut(_sealing);
        (_filling, _sealing) = (_sealing, _filling);
        _current = 0;
    }

    private static void Seal(ChunkCipher cipher, ChunkSlot slot, long counter)
    {
        Span<byte> nonce = stackalloc byte[PayloadFormat.ChunkNonceSize];
        PayloadFormat.ChunkNonce(nonce, counter, slot.Final);
        cipher.Seal(nonce, slot.Plain.AsSpan(0, slot.PlainLength), slot.Sealed);
        slot.SealedLength = slot.PlainLength + PayloadFormat.TagSize;
    }

    private void WriteOut(ChunkBatch batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            _output.Write(batch.Slots[i].Sealed, 0, batch.Slots[i].SealedLength);
        }
        batch.Reset();
    }

    public void Dispose()
    {
        // A batch may still be sealed in the background; its ciphers must outlive it.
        try
        {
            _sealing.Wait();
        }
        finally
        {
            _sealing.Wipe();
            _filling.Wipe();
            _workers.Dispose();
        }
    }
}
