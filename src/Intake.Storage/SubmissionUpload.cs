using Dapper;

namespace Intake.Storage;

/// <summary>
/// A submission being received. Its parts are written as streams and appear in listings
/// only after <see cref="CommitAsync"/>; disposing it uncommitted deletes every row it wrote.
/// Meant for one request at a time: parts one after another, then the commit.
/// </summary>
public sealed class SubmissionUpload : IAsyncDisposable, IDisposable
{
    // An aborted upload is deleted this many bytes per transaction, so removing a large one
    // does not hold SQLite's single write lock while other uploads wait.
    private const int DeleteBatchBytes = 16 * 1024 * 1024;

    private readonly IntakeDatabase _database;
    private readonly byte[] _submissionId;
    private readonly int _chunkSize;
    private readonly Lock _lock = new();
    private readonly SortedDictionary<int, bool> _partClosed = [];
    private long _bytesWritten;
    private bool _committed;
    private bool _disposed;

    internal SubmissionUpload(IntakeDatabase database, Guid id, int chunkSize)
    {
        _database = database;
        _submissionId = SubmissionId.ToBytes(id);
        _chunkSize = chunkSize;
        Id = id;
    }

    public Guid Id { get; }

    /// <summary>The bytes written to all parts so far, buffered ones included.</summary>
    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    /// <summary>True once committed or disposed: no part may be written any more.</summary>
    internal bool IsFinished
    {
        get
        {
            lock (_lock)
            {
                return _committed || _disposed;
            }
        }
    }

    /// <summary>
    /// A write-only stream for part <paramref name="index"/>. Each index may be opened once, in
    /// any order. Full chunks are stored as they fill; the last, partial one when the stream is
    /// disposed, which must happen before <see cref="CommitAsync"/>.
    /// </summary>
    public Stream OpenPart(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        lock (_lock)
        {
            ThrowIfFinished();
            if (!_partClosed.TryAdd(index, false))
            {
                throw new InvalidOperationException($"Part {index} of submission {Id} was already opened.");
            }
        }
        try
        {
            using var connection = _database.OpenConnection();
            connection.Execute(
                "INSERT INTO parts (submission_id, part_index) VALUES (@submissionId, @index)",
                new { submissionId = _submissionId, index });
        }
        catch
        {
            lock (_lock)
            {
                _partClosed.Remove(index);
            }
            throw;
        }
        return new PartWriteStream(_database, this, _submissionId, index, _chunkSize);
    }

    /// <summary>
    /// In one transaction: checks that the parts are exactly 0..N-1, records each part's size
    /// (as stored) and the part count, and marks the submission complete.
    /// </summary>
    /// <exception cref="StorageException">The part indexes have a gap or do not start at 0.</exception>
    /// <exception cref="InvalidOperationException">A part stream is still open.</exception>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfFinished();
            foreach (var (index, closed) in _partClosed)
            {
                if (!closed)
                {
                    throw new InvalidOperationException(
                        $"Part {index} of submission {Id} is still open: dispose its stream before committing.");
                }
            }
        }

        using var connection = _database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var indexes = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT part_index FROM parts WHERE submission_id = @submissionId ORDER BY part_index",
            new { submissionId = _submissionId },
            transaction,
            cancellationToken: cancellationToken))).ToList();
        if (indexes.Count == 0 || indexes[^1] != indexes.Count - 1)
        {
            throw new StorageException(
                $"Submission {Id} has parts [{string.Join(", ", indexes)}]; it needs parts 0 to N-1 without a gap.");
        }
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE parts
            SET size = (SELECT COALESCE(SUM(length(c.data)), 0)
                        FROM part_chunks c
                        WHERE c.submission_id = parts.submission_id AND c.part_index = parts.part_index)
            WHERE submission_id = @submissionId
            """,
            new { submissionId = _submissionId },
            transaction,
            cancellationToken: cancellationToken));
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE submissions
            SET part_count = @partCount, state = 'complete'
            WHERE id = @submissionId AND state = 'receiving'
            """,
            new { submissionId = _submissionId, partCount = indexes.Count },
            transaction,
            cancellationToken: cancellationToken));
        if (updated != 1)
        {
            throw new StorageException($"Submission {Id} was removed before it could be committed.");
        }
        await transaction.CommitAsync(cancellationToken);
        lock (_lock)
        {
            _committed = true;
        }
    }

    /// <summary>If not committed, deletes every row of this submission; secure_delete zeroes the freed pages.</summary>
    public void Dispose()
    {
        int[] partIndexes;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            if (_committed)
            {
                return;
            }
            partIndexes = [.. _partClosed.Keys];
        }
        DeleteRows(partIndexes);
    }

    /// <summary>
    /// As <see cref="Dispose"/>. Microsoft.Data.Sqlite runs its async calls synchronously,
    /// so the deletion has one path.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal void AddBytesWritten(int count) => Interlocked.Add(ref _bytesWritten, count);

    internal void MarkPartClosed(int index)
    {
        lock (_lock)
        {
            _partClosed[index] = true;
        }
    }

    private void DeleteRows(int[] partIndexes)
    {
        using var connection = _database.OpenConnection();
        var batch = Math.Max(1, DeleteBatchBytes / _chunkSize);
        foreach (var index in partIndexes)
        {
            for (var first = 0L; ; first += batch)
            {
                var deleted = connection.Execute(
                    """
                    DELETE FROM part_chunks
                    WHERE submission_id = @submissionId AND part_index = @index AND seq >= @first AND seq < @end
                    """,
                    new { submissionId = _submissionId, index, first, end = first + batch });
                if (deleted == 0)
                {
                    break;
                }
            }
        }
        // Cascades to the parts, and to any chunk a still-open part stream stored meanwhile.
        connection.Execute(
            "DELETE FROM submissions WHERE id = @submissionId AND state = 'receiving'",
            new { submissionId = _submissionId });
    }

    private void ThrowIfFinished()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException($"Submission {Id} is already committed.");
        }
    }
}
