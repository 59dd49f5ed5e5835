using Dapper;

namespace Intake.Storage;

/// <summary>
/// Writes one part as chunk rows: it buffers one chunk and stores each full chunk in its
/// own short transaction, so concurrent uploads interleave instead of one holding SQLite's
/// write lock for a whole upload. The last, partial chunk is stored on dispose.
/// </summary>
internal sealed class PartWriteStream(
    IntakeDatabase database, SubmissionUpload upload, byte[] submissionId, int partIndex, int chunkSize) : Stream
{
    private const string InsertChunkSql = """
        INSERT INTO part_chunks (submission_id, part_index, seq, data)
        VALUES (@submissionId, @partIndex, @seq, @data)
        """;

    private readonly byte[] _chunk = new byte[chunkSize];
    private int _filled;
    private long _seq;
    private bool _failed;
    private bool _disposed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_disposed;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ThrowIfNotWritable();
        upload.AddBytesWritten(buffer.Length);
        while (!buffer.IsEmpty)
        {
            buffer = Fill(buffer);
            if (_filled == _chunk.Length)
            {
                StoreChunk();
            }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ThrowIfNotWritable();
        upload.AddBytesWritten(buffer.Length);
        while (!buffer.IsEmpty)
        {
            var rest = Fill(buffer.Span).Length;
            buffer = buffer[^rest..];
            if (_filled == _chunk.Length)
            {
                await StoreChunkAsync(cancellationToken);
            }
        }
    }

    // Nothing to do: only full chunks are stored before the end, so that every chunk row of a
    // part but the last has the same size.
    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            if (ShouldFinish())
            {
                if (_filled > 0)
                {
                    StoreChunk();
                }
                upload.MarkPartClosed(partIndex);
            }
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            if (ShouldFinish())
            {
                if (_filled > 0)
                {
                    await StoreChunkAsync(CancellationToken.None);
                }
                upload.MarkPartClosed(partIndex);
            }
        }
        await base.DisposeAsync();
    }

    // A part whose write failed stays open, so the upload cannot commit it; an upload
    // already disposed has deleted its rows, and the rest of this part goes with them.
    private bool ShouldFinish() => !_failed && !upload.IsFinished;

    private ReadOnlySpan<byte> Fill(ReadOnlySpan<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _chunk.Length - _filled);
        buffer[..count].CopyTo(_chunk.AsSpan(_filled));
        _filled += count;
        return buffer[count..];
    }

    private void StoreChunk()
    {
        try
        {
            using var connection = database.OpenStagingConnection();
            connection.Execute(InsertChunkSql, ChunkParameters());
        }
        catch
        {
            _failed = true;
            throw;
        }
        _seq++;
        _filled = 0;
    }

    private async Task StoreChunkAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var connection = database.OpenStagingConnection();
            await connection.ExecuteAsync(new CommandDefinition(
                InsertChunkSql, ChunkParameters(), cancellationToken: cancellationToken));
        }
        catch
        {
            _failed = true;
            throw;
        }
        _seq++;
        _filled = 0;
    }

    private object ChunkParameters() => new
    {
        submissionId,
        partIndex,
        seq = _seq,
        data = _filled == _chunk.Length ? _chunk : _chunk[.._filled],
    };

    private void ThrowIfNotWritable()
    {
        ObjectDisposedException.ThrowIf(_disposed || upload.IsFinished, this);
        if (_failed)
        {
            throw new InvalidOperationException("An earlier write to this part failed; the submission cannot be committed.");
        }
    }
}
