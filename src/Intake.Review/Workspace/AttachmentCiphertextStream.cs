using Intake.Crypto.Streams;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Intake.Review.Workspace;

/// <summary>An attachment's stored age ciphertext, read back chunk row by chunk row (one in memory at a time).</summary>
internal sealed class AttachmentCiphertextStream : ReadOnlyStream
{
    private readonly SqliteConnection connection;
    private readonly string testimonyId;
    private readonly int partIndex;
    private byte[] chunk = [];
    private int offset;
    private long nextSeq;
    private bool ended;

    public AttachmentCiphertextStream(WorkspaceDatabase database, Guid testimonyId, int partIndex)
    {
        connection = database.OpenConnection();
        this.testimonyId = TestimonyFields.Row(testimonyId);
        this.partIndex = partIndex;
    }

    public override int Read(Span<byte> buffer)
    {
        while (this.offset == chunk.Length && !ended)
        {
            var next = connection.QuerySingleOrDefault<byte[]>(
                "SELECT data FROM attachment_chunks WHERE testimony_id = @testimonyId AND part_index = @partIndex AND seq = @seq",
                new { testimonyId, partIndex, seq = nextSeq });
            nextSeq++;
            ended = next is null;
            (chunk, this.offset) = (next ?? [], 0);
        }
        var count = Math.Min(buffer.Length, chunk.Length - this.offset);
        chunk.AsSpan(this.offset, count).CopyTo(buffer);
        this.offset += count;
        return count;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            connection.Dispose();
        }
        base.Dispose(disposing);
    }
}
