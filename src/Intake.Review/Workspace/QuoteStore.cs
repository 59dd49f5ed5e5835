using Dapper;
using Intake.Review.Coding;
using Intake.Review.Evidence;
using Microsoft.Data.Sqlite;

namespace Intake.Review.Workspace;

/// <summary>
/// The quotes marked for publication in an unlocked workspace: redacted wording, notes and
/// resolution reasons sealed under the workspace key, offsets and days plain. A connection per
/// call, like the catalog.
/// </summary>
public sealed class QuoteStore
{
    private readonly WorkspaceDatabase database;
    private readonly WorkspaceKey key;

    internal QuoteStore(WorkspaceDatabase database, WorkspaceKey key)
    {
        this.database = database;
        this.key = key;
    }

    /// <exception cref="ArgumentException">There is no such testimony, the passage is empty, or the wording is blank.</exception>
    public Quote Add(Guid testimonyId, TextPassage passage, string redacted, string? note)
    {
        ArgumentNullException.ThrowIfNull(passage);
        if (string.IsNullOrWhiteSpace(redacted))
        {
            throw new ArgumentException("A quote needs its redacted wording.", nameof(redacted));
        }
        if (passage.Start < 0 || passage.End <= passage.Start)
        {
            throw new ArgumentException("A passage runs from a start offset to a larger end offset.", nameof(passage));
        }
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var row = TestimonyFields.Row(testimonyId);
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM testimonies WHERE id = @row", new { row }, transaction) == 0)
        {
            throw new ArgumentException($"There is no testimony {testimonyId} in this workspace.", nameof(testimonyId));
        }
        var id = connection.ExecuteScalar<long>("SELECT coalesce(max(id), 0) + 1 FROM quotes", transaction: transaction);
        var day = IsoDay.Today;
        connection.Execute(
            """
            INSERT INTO quotes (id, testimony_id, passage_start, passage_end, redacted_sealed, note_sealed, added_day)
            VALUES (@id, @row, @start, @end, @redacted, @note, @day)
            """,
            new
            {
                id,
                row,
                start = passage.Start,
                end = passage.End,
                redacted = key.SealText(redacted, QuoteFields.Redacted(id, testimonyId)),
                note = note is null ? null : key.SealText(note, QuoteFields.Note(id, testimonyId)),
                day = IsoDay.ToText(day),
            },
            transaction);
        transaction.Commit();
        return new Quote(id, testimonyId, passage, redacted, note, day, []);
    }

    /// <summary>A testimony's quotes, oldest first.</summary>
    public IReadOnlyList<Quote> ForTestimony(Guid testimonyId)
    {
        using var connection = database.OpenConnection();
        return Read(connection, "WHERE testimony_id = @row", new { row = TestimonyFields.Row(testimonyId) });
    }

    /// <summary>Every quote in the workspace, by id.</summary>
    public IReadOnlyList<Quote> All()
    {
        using var connection = database.OpenConnection();
        return Read(connection, string.Empty, null);
    }

    /// <summary>One quote; null when there is none with that id.</summary>
    public Quote? Find(long quoteId)
    {
        using var connection = database.OpenConnection();
        return Read(connection, "WHERE id = @quoteId", new { quoteId }) is [var quote] ? quote : null;
    }

    /// <returns>Whether there was such a quote; its resolutions go with it.</returns>
    public bool Remove(long quoteId)
    {
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM quote_resolutions WHERE quote_id = @quoteId", new { quoteId }, transaction);
        var removed = connection.Execute("DELETE FROM quotes WHERE id = @quoteId", new { quoteId }, transaction) > 0;
        transaction.Commit();
        return removed;
    }

    /// <summary>Records that <paramref name="flag"/> of quote <paramref name="quoteId"/> is acceptable, for <paramref name="reason"/>; resolving it again replaces the reason.</summary>
    /// <exception cref="ArgumentException">There is no such quote, or the reason is blank.</exception>
    public QuoteResolution Resolve(long quoteId, QuoteFlag flag, string reason)
    {
        ArgumentNullException.ThrowIfNull(flag);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A resolution needs a reason.", nameof(reason));
        }
        var day = IsoDay.Today;
        using var connection = database.OpenConnection();
        var changed = connection.Execute(
            """
            INSERT OR REPLACE INTO quote_resolutions (quote_id, flag_kind, flag_offset, flag_length, reason_sealed, resolved_day)
            SELECT id, @kind, @offset, @length, @reason, @day FROM quotes WHERE id = @quoteId
            """,
            new
            {
                quoteId,
                kind = flag.KindName,
                offset = flag.Offset,
                length = flag.Length,
                reason = key.SealText(reason, QuoteFields.Reason(quoteId, flag.Kind, flag.Offset, flag.Length)),
                day = IsoDay.ToText(day),
            });
        return changed > 0
            ? new QuoteResolution(flag.Kind, flag.Offset, flag.Length, reason, day)
            : throw new ArgumentException($"There is no quote {quoteId} in this workspace.", nameof(quoteId));
    }

    private List<Quote> Read(SqliteConnection connection, string where, object? parameters)
    {
        var resolutions = connection.Query<ResolutionRow>(
                $"SELECT quote_id AS QuoteId, flag_kind AS Kind, flag_offset AS Offset, flag_length AS Length, reason_sealed AS Reason, resolved_day AS Day FROM quote_resolutions WHERE quote_id IN (SELECT id FROM quotes {where})",
                parameters)
            .ToLookup(row => row.QuoteId, OpenResolution);
        return [.. connection.Query<QuoteRow>(
                $"SELECT id AS Id, testimony_id AS TestimonyId, passage_start AS Start, passage_end AS End, redacted_sealed AS Redacted, note_sealed AS Note, added_day AS Day FROM quotes {where} ORDER BY id",
                parameters)
            .Select(row => OpenQuote(row, resolutions[row.Id].OrderBy(resolution => resolution.Offset).ToList()))];
    }

    private Quote OpenQuote(QuoteRow row, IReadOnlyList<QuoteResolution> resolutions)
    {
        var testimonyId = Guid.Parse(row.TestimonyId);
        return new Quote(
            row.Id,
            testimonyId,
            new TextPassage((int)row.Start, (int)row.End),
            key.OpenText(row.Redacted, QuoteFields.Redacted(row.Id, testimonyId)),
            row.Note is null ? null : key.OpenText(row.Note, QuoteFields.Note(row.Id, testimonyId)),
            IsoDay.Parse(row.Day),
            resolutions);
    }

    private QuoteResolution OpenResolution(ResolutionRow row)
    {
        var kind = FlagKindText.Parse(row.Kind);
        var (offset, length) = ((int)row.Offset, (int)row.Length);
        return new QuoteResolution(kind, offset, length, key.OpenText(row.Reason, QuoteFields.Reason(row.QuoteId, kind, offset, length)), IsoDay.Parse(row.Day));
    }

    // Filled by Dapper from the aliased columns.
    private sealed record QuoteRow(long Id, string TestimonyId, long Start, long End, byte[] Redacted, byte[]? Note, string Day);

    private sealed record ResolutionRow(long QuoteId, string Kind, long Offset, long Length, byte[] Reason, string Day);
}
