using Dapper;

namespace Intake.Storage;

/// <summary>Submissions and their ciphertext parts, stored as fixed-size chunk rows.</summary>
public sealed class SubmissionStore
{
    /// <summary>The default size of one chunk row: large enough to keep rows few, small enough to hold in memory.</summary>
    public const int DefaultChunkSize = 1024 * 1024;

    private readonly IntakeDatabase _database;
    private readonly int _chunkSize;

    public SubmissionStore(IntakeDatabase database, int chunkSize = DefaultChunkSize)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        _database = database;
        _chunkSize = chunkSize;
    }

    /// <summary>
    /// Starts a submission with a fresh random id, in state 'receiving': no listing shows it
    /// until <see cref="SubmissionUpload.CommitAsync"/>.
    /// </summary>
    public async Task<SubmissionUpload> BeginAsync(DateOnly receivedDay, CancellationToken cancellationToken = default)
    {
        var id = SubmissionId.New();
        using var connection = _database.OpenConnection();
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO submissions (id, received_day, state) VALUES (@id, @receivedDay, 'receiving')",
            new { id = SubmissionId.ToBytes(id), receivedDay = IsoDay.ToText(receivedDay) },
            cancellationToken: cancellationToken));
        return new SubmissionUpload(_database, id, _chunkSize);
    }

    /// <summary>
    /// Every committed submission, by day and then by id: the ids are random, so within a
    /// day the order says nothing about the order of arrival.
    /// </summary>
    public async Task<IReadOnlyList<StoredSubmission>> ListCompleteAsync(CancellationToken cancellationToken = default)
    {
        using var connection = _database.OpenConnection();
        var rows = await connection.QueryAsync<(byte[] Id, string ReceivedDay, string ExportState, long Size)>(
            new CommandDefinition(
                $"""
                SELECT {StoredSubmission.PartColumns}
                FROM submissions s
                JOIN parts p ON p.submission_id = s.id
                WHERE s.state = 'complete'
                ORDER BY s.received_day, s.id, p.part_index
                """,
                cancellationToken: cancellationToken));
        return StoredSubmission.FromPartRows(rows);
    }

    /// <summary>A read-only stream over part <paramref name="index"/> of a committed submission, one chunk in memory at a time.</summary>
    /// <exception cref="StorageException">There is no such committed part.</exception>
    public async Task<Stream> OpenPartAsync(Guid id, int index, CancellationToken cancellationToken = default)
    {
        var connection = _database.OpenConnection();
        try
        {
            var size = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                """
                SELECT p.size
                FROM parts p
                JOIN submissions s ON s.id = p.submission_id
                WHERE p.submission_id = @id AND p.part_index = @index AND s.state = 'complete'
                """,
                new { id = SubmissionId.ToBytes(id), index },
                cancellationToken: cancellationToken));
            return size is { } partSize
                ? new PartReadStream(connection, id, index, partSize)
                : throw new StorageException($"Submission {id} has no committed part {index}.");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Removes every submission still in 'receiving', as a crash leaves them. Meant for
    /// startup, before any upload begins, so one statement may hold the write lock.
    /// </summary>
    public async Task<int> DeleteIncompleteAsync(CancellationToken cancellationToken = default)
    {
        using var connection = _database.OpenConnection();
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM submissions WHERE state = 'receiving'",
            cancellationToken: cancellationToken));
    }

    /// <summary>The ciphertext bytes of all committed parts.</summary>
    public async Task<long> TotalCiphertextBytesAsync(CancellationToken cancellationToken = default)
    {
        using var connection = _database.OpenConnection();
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT COALESCE(SUM(p.size), 0)
            FROM parts p
            JOIN submissions s ON s.id = p.submission_id
            WHERE s.state = 'complete'
            """,
            cancellationToken: cancellationToken));
    }
}
