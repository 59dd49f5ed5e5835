namespace Intake.Crypto.Payload;

/// <summary>A run of consecutive chunks processed together, and the task processing them, if any.</summary>
internal sealed class ChunkBatch
{
    public ChunkBatch(int size)
    {
        Slots = new ChunkSlot[size];
        for (var i = 0; i < size; i++)
        {
            Slots[i] = new ChunkSlot();
        }
    }

    public ChunkSlot[] Slots { get; }

    /// <summary>Slots in use, from the first.</summary>
    public int Count { get; set; }

    /// <summary>STREAM counter of the first slot.</summary>
    public long FirstCounter { get; set; }

    /// <summary>The crypto running on this batch in the background, when pipelined.</summary>
    public Task? Work { get; set; }

    /// <summary>True if the last slot read came up short, so the input ended inside this batch.</summary>
    public bool ReachedEnd => Count > 0 && Slots[Count - 1].SealedLength < PayloadFormat.SealedChunkSize;

    public void Wait()
    {
        Work?.GetAwaiter().GetResult();
        Work = null;
    }

    public void Reset()
    {
        for (var i = 0; i < Count; i++)
        {
            Slots[i].Reset();
        }
        Count = 0;
    }

    /// <summary>Zeroes every plaintext buffer, used or not.</summary>
    public void Wipe()
    {
        foreach (var slot in Slots)
        {
            slot.Wipe();
        }
        Count = 0;
    }
}
