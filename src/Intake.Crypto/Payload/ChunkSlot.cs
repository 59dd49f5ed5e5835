using System.Security.Cryptography;

namespace Intake.Crypto.Payload;

/// <summary>One chunk in flight: its sealed and its plain bytes, and what became of it.</summary>
internal sealed class ChunkSlot
{
    public byte[] Sealed { get; } = new byte[PayloadFormat.SealedChunkSize];

    public byte[] Plain { get; } = new byte[PayloadFormat.ChunkSize];

    public int SealedLength { get; set; }

    public int PlainLength { get; set; }

    /// <summary>True if the chunk carries (or, decrypted, carried) the last-chunk flag.</summary>
    public bool Final { get; set; }

    /// <summary>True if the chunk decrypted and its tag verified.</summary>
    public bool Verified { get; set; }

    /// <summary>Makes the slot reusable; the buffers are overwritten by the next chunk.</summary>
    public void Reset()
    {
        SealedLength = 0;
        PlainLength = 0;
        Final = false;
        Verified = false;
    }

    /// <summary>Zeroes the plaintext buffer when the slot is no longer needed.</summary>
    public void Wipe()
    {
        CryptographicOperations.ZeroMemory(Plain);
        Reset();
    }
}
