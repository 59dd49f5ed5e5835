using Dapper;

namespace Intake.Storage;

/// <summary>
/// The export side of submissions: which are not yet exported, the chain of bundles written,
/// and purging what reviewers have confirmed or what is past retention.
/// </summary>
public sealed class ExportStore(IntakeDatabase database)
{
    /// <summary>Committed submissions not yet in any bundle, in id order (the order a manifest lists them).</summary>
    public async Task<IReadOnlyList<StoredSubmission>> ListPendingAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenConnection();
        var rows = await connection.QueryAsync<(byte[] Id, string ReceivedDay, string ExportState, long Size)>(new CommandDefinition(
            $"""
            SELECT {StoredSubmission.PartColumns}
            FROM submissions s
            JOIN parts p ON p.submission_id = s.id
            WHERE s.state = 'complete' AND s.export_state = 'pending'
            ORDER BY s.id, p.part_index
            """,
            cancellationToken: cancellationToken));
        return StoredSubmission.FromPartRows(rows);
    }

    /// <summary>The last bundle of the chain, or null before the first export.</summary>
    public async Task<RecordedBundle?> LatestAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenConnection();
        var row = await connection.QuerySingleOrDefaultAsync<BundleRow>(new CommandDefinition(
            $"{BundleRow.Select} ORDER BY sequence DESC LIMIT 1", cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    /// <summary>The bundle with this sequence number, or null.</summary>
    public async Task<RecordedBundle?> FindAsync(long sequence, CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenConnection();
        var row = await connection.QuerySingleOrDefaultAsync<BundleRow>(new CommandDefinition(
            $"{BundleRow.Select} WHERE sequence = @sequence", new { sequence }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    /// <summary>The bundle with this id, or null.</summary>
    public async Task<RecordedBundle?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenConnection();
        var row = await connection.QuerySingleOrDefaultAsync<BundleRow>(new CommandDefinition(
            $"{BundleRow.Select} WHERE id = @id", new { id = SubmissionId.ToBytes(id) }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    /// <summary>
    /// Records a written bundle and marks its submissions exported, in one transaction.
    /// </summary>
    /// <exception cref="StorageException">A submission is no longer pending, or the sequence is taken; nothing is recorded.</exception>
    public async Task RecordAsync(RecordedBundle bundle, IReadOnlyList<Guid> submissions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(submissions);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var latest = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(sequence) FROM export_bundles", transaction: transaction, cancellationToken: cancellationToken)) ?? 0;
        if (bundle.Sequence != latest + 1)
        {
            throw new StorageException($"Another export recorded bundle {latest} meanwhile; this one was not recorded. Run the export again.");
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO export_bundles (id, sequence, created_day, manifest_sha256, manifest, signature)
            VALUES (@id, @sequence, @createdDay, @manifestSha256, @manifest, @signature)
            """,
            new { id = SubmissionId.ToBytes(bundle.Id), sequence = bundle.Sequence, createdDay = IsoDay.ToText(bundle.CreatedDay), manifestSha256 = bundle.ManifestSha256, manifest = bundle.Manifest, signature = bundle.Signature },
            transaction,
            cancellationToken: cancellationToken));
        foreach (var submission in submissions)
        {
            var marked = await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE submissions SET export_state = 'exported', export_bundle = @bundle
                WHERE id = @id AND state = 'complete' AND export_state = 'pending'
                """,
                new { bundle = SubmissionId.ToBytes(bundle.Id), id = SubmissionId.ToBytes(submission) },
                transaction,
                cancellationToken: cancellationToken));
            if (marked != 1)
            {
                throw new StorageException($"Submission {submission} was exported or removed meanwhile; this bundle was not recorded. Run the export again.");
            }
        }

        transaction.Commit();
    }

    /// <summary>Exported submissions carried by a bundle that are still stored.</summary>
    public async Task<IReadOnlyList<Guid>> ListExportedInAsync(Guid bundle, CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenConnection();
        var ids = await connection.QueryAsync<byte[]>(new CommandDefinition(
            "SELECT id FROM submissions WHERE export_bundle = @bundle ORDER BY id",
            new { bundle = SubmissionId.ToBytes(bundle) },
            cancellationToken: cancellationToken));
        return ids.Select(SubmissionId.FromBytes).ToList();
    }

    /// <summary>Exported submissions received on or before <paramref name="day"/>.</summary>
    public async Task<IReadOnlyList<Guid>> ListExportedReceivedByAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenConnection();
        var ids = await connection.QueryAsync<byte[]>(new CommandDefinition(
            "SELECT id FROM submissions WHERE export_state = 'exported' AND received_day <= @day ORDER BY id",
            new { day = IsoDay.ToText(day) },
            cancellationToken: cancellationToken));
        return ids.Select(SubmissionId.FromBytes).ToList();
    }

    /// <summary>How many committed submissions are exported and how many wait for an export.</summary>
    public async Task<(int Exported, int Pending)> CountAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.OpenConnection();
        return await connection.QuerySingleAsync<(int, int)>(new CommandDefinition(
            """
            SELECT COALESCE(SUM(export_state = 'exported'), 0), COALESCE(SUM(export_state = 'pending'), 0)
            FROM submissions WHERE state = 'complete'
            """,
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Deletes exported submissions and their ciphertext, then rewrites the file so no freed
    /// page keeps a byte of it: secure_delete zeroes the pages, VACUUM rebuilds the file, and a
    /// truncating checkpoint empties the write-ahead log that still held copies.
    /// </summary>
    /// <exception cref="StorageException">A submission is not an exported one; nothing is removed.</exception>
    public async Task<PurgeResult> PurgeAsync(IReadOnlyCollection<Guid> submissions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        using var connection = database.OpenConnection();
        PurgeResult result;
        using (var transaction = connection.BeginTransaction())
        {
            int parts = 0;
            long bytes = 0;
            foreach (var submission in submissions)
            {
                var id = SubmissionId.ToBytes(submission);
                var (count, size) = await connection.QuerySingleAsync<(int, long)>(new CommandDefinition(
                    "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM parts WHERE submission_id = @id", new { id }, transaction, cancellationToken: cancellationToken));
                var deleted = await connection.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM submissions WHERE id = @id AND export_state = 'exported'", new { id }, transaction, cancellationToken: cancellationToken));
                if (deleted != 1)
                {
                    throw new StorageException($"Submission {submission} is not an exported submission of this server; nothing was purged.");
                }

                parts += count;
                bytes += size;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE export_bundles SET manifest = NULL, signature = NULL
                WHERE manifest IS NOT NULL AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.export_bundle = export_bundles.id)
                """,
                transaction: transaction,
                cancellationToken: cancellationToken));
            transaction.Commit();
            result = new PurgeResult(submissions.Count, parts, bytes);
        }

        await connection.ExecuteAsync(new CommandDefinition("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("VACUUM", cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken: cancellationToken));
        return result;
    }

    private sealed record BundleRow(byte[] Id, long Sequence, string CreatedDay, byte[] ManifestSha256, byte[]? Manifest, byte[]? Signature)
    {
        public const string Select = "SELECT id, sequence, created_day AS CreatedDay, manifest_sha256 AS ManifestSha256, manifest, signature FROM export_bundles";

        public RecordedBundle ToRecord() => new(SubmissionId.FromBytes(Id), Sequence, IsoDay.Parse(CreatedDay), ManifestSha256, Manifest, Signature);
    }
}
