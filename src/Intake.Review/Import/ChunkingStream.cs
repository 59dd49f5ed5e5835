using System.Security.Cryptography;
using Intake.Crypto.Streams;

namespace Intake.Review.Import;

/// <summary>
/// Reads through to <paramref name="inner"/> while handing what passes to <paramref name="storeChunk"/>
/// in chunks of <paramref name="chunkSize"/> bytes (the last one shorter): the attachment's
/// ciphertext is stored in the same pass that decrypts it to prove it opens.
/// </summary>
internal sealed class ChunkingStream(Stream inner, int chunkSize, Action<long, byte[]> storeChunk) : ReadOnlyStream
{
    private readonly byte[] chunk = new byte[chunkSize];
    private int filled;
    private long nextSeq;
    private bool ended;

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer[..Math.Min(buffer.Length, chunk.Length - filled)]);
        if (read == 0 && buffer.Length > 0)
        {
            End();
            return 0;
        }
        buffer[..read].CopyTo(chunk.AsSpan(filled));
        filled += read;
        if (filled == chunk.Length)
        {
            Store();
        }
        return read;
    }

    /// <summary>Reads and stores whatever the decryptor left unread, to the end of the part.</summary>
    public void ReadToEnd()
    {
        var buffer = new byte[1 << 16];
        while (Read(buffer) > 0)
        {
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            CryptographicOperations.ZeroMemory(chunk);
        }
        base.Dispose(disposing);
    }

    private void End()
    {
        if (!ended && filled > 0)
        {
            Store();
        }
        ended = true;
    }

    private void Store()
    {
        storeChunk(nextSeq++, chunk[..filled]);
        filled = 0;
    }
}
