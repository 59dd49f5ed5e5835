using Dapper;
using Microsoft.Data.Sqlite;

namespace Intake.Storage;

/// <summary>
/// Reads one committed part chunk row by chunk row, holding one chunk in memory. Each chunk
/// is its own short query, so a slow reader never pins a snapshot that keeps the WAL growing.
/// </summary>
internal sealed class PartReadStream(SqliteConnection connection, Guid submissionId, int partIndex, long size) : Stream
{
    private const string SelectChunkSql = """
        SELECT data FROM part_chunks
        WHERE submission_id = @submissionId AND part_index = @partIndex AND seq = @seq
        """;

    private readonly byte[] _submissionIdBytes = SubmissionId.ToBytes(submissionId);
    private byte[] _chunk = [];
    private int _offset;
    private long _seq;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty || _position == size)
        {
            return 0;
        }
        if (_offset == _chunk.Length)
        {
            Accept(connection.ExecuteScalar<byte[]?>(SelectChunkSql, ChunkParameters()));
        }
        return Take(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty || _position == size)
        {
            return 0;
        }
        if (_offset == _chunk.Length)
        {
            Accept(await connection.ExecuteScalarAsync<byte[]?>(new CommandDefinition(
                SelectChunkSql, ChunkParameters(), cancellationToken: cancellationToken)));
        }
        return Take(buffer.Span);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            connection.Dispose();
        }
        base.Dispose(disposing);
    }

    private object ChunkParameters() => new { submissionId = _submissionIdBytes, partIndex, seq = _seq };

    private void Accept(byte[]? chunk)
    {
        if (chunk is null || chunk.Length == 0 || _position + chunk.Length > size)
        {
            throw new StorageException(
                $"Part {partIndex} of submission {submissionId} is damaged: its chunks do not add up to its " +
                $"recorded size of {size} bytes.");
        }
        _chunk = chunk;
        _offset = 0;
        _seq++;
    }

    private int Take(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _chunk.Length - _offset);
        _chunk.AsSpan(_offset, count).CopyTo(buffer);
        _offset += count;
        _position += count;
        return count;
    }
}
