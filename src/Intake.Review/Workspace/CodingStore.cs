using Dapper;
using Intake.Review.Coding;
using Microsoft.Data.Sqlite;

namespace Intake.Review.Workspace;

/// <summary>
/// The codes applied to this workspace's testimonies, by its own coder and by the coders whose
/// exports were merged in. Values and memos are sealed under the workspace key; safe to use
/// from several threads (a connection per call).
/// </summary>
public sealed class CodingStore
{
    private const string CoderSetting = "coder";
    private const string Columns =
        "testimony_id AS TestimonyId, code_id AS CodeId, coder AS Coder, passage_start AS PassageStart, passage_end AS PassageEnd, " +
        "adjudicated AS Adjudicated, codebook_version AS CodebookVersion, value_sealed AS Value, memo_sealed AS Memo";

    private readonly WorkspaceDatabase database;
    private readonly WorkspaceKey key;

    internal CodingStore(WorkspaceDatabase database, WorkspaceKey key)
    {
        this.database = database;
        this.key = key;
    }

    /// <summary>The name this workspace's reviewer codes under; null until it is set.</summary>
    public string? Coder
    {
        get
        {
            using var connection = database.OpenConnection();
            return connection.QuerySingleOrDefault<string>("SELECT value FROM coding_settings WHERE name = @name", new { name = CoderSetting });
        }
    }

    public void SetCoder(string coder)
    {
        CoderNames.Check(coder);
        using var connection = database.OpenConnection();
        connection.Execute(
            "INSERT INTO coding_settings (name, value) VALUES (@name, @coder) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            new { name = CoderSetting, coder });
    }

    /// <summary>Records <paramref name="application"/>, replacing the value, memo and version of the same testimony, code, coder, passage and kind.</summary>
    /// <returns>True when it was new, false when it replaced one.</returns>
    /// <exception cref="ArgumentException">There is no such testimony in this workspace.</exception>
    public bool Add(CodeApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var added = Write(connection, transaction, application);
        transaction.Commit();
        return added;
    }

    /// <returns>Whether there was such an application to remove.</returns>
    public bool Remove(Guid testimonyId, string codeId, string coder, TextPassage? passage, bool adjudicated = false)
    {
        using var connection = database.OpenConnection();
        return connection.Execute(
            $"DELETE FROM code_applications WHERE {KeyCondition}",
            KeyParameters(new CodeApplication(testimonyId, codeId, null, passage, coder, 1, null, adjudicated))) > 0;
    }

    /// <summary>The applications on one testimony, in code order.</summary>
    public IReadOnlyList<CodeApplication> ForTestimony(Guid testimonyId) =>
        Query("WHERE testimony_id = @id", new { id = TestimonyFields.Row(testimonyId) });

    /// <summary>Every application in the workspace, by testimony, code, coder and passage.</summary>
    public IReadOnlyList<CodeApplication> All() => Query(string.Empty, null);

    /// <summary>Replaces every application of <paramref name="coder"/> with <paramref name="applications"/>, all in one transaction.</summary>
    /// <returns>How many applications of that coder there were before.</returns>
    /// <exception cref="ArgumentException">An application is by another coder or on a testimony this workspace does not hold.</exception>
    public int ReplaceCoder(string coder, IReadOnlyCollection<CodeApplication> applications)
    {
        ArgumentNullException.ThrowIfNull(applications);
        if (applications.Any(application => application.Coder != coder))
        {
            throw new ArgumentException("Every application must be by the coder being replaced.", nameof(applications));
        }
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var before = connection.Execute("DELETE FROM code_applications WHERE coder = @coder", new { coder }, transaction);
        foreach (var application in applications)
        {
            Write(connection, transaction, application);
        }
        transaction.Commit();
        return before;
    }

    private const string KeyCondition =
        "testimony_id = @TestimonyId AND code_id = @CodeId AND coder = @Coder AND coalesce(passage_start, -1) = @Start AND coalesce(passage_end, -1) = @End AND adjudicated = @Adjudicated";

    private static object KeyParameters(CodeApplication a) => new
    {
        TestimonyId = TestimonyFields.Row(a.TestimonyId),
        a.CodeId,
        a.Coder,
        Start = a.Passage?.Start ?? -1,
        End = a.Passage?.End ?? -1,
        Adjudicated = a.Adjudicated ? 1 : 0,
    };

    private bool Write(SqliteConnection connection, SqliteTransaction transaction, CodeApplication a)
    {
        CoderNames.Check(a.Coder);
        if (connection.ExecuteScalar<long>("SELECT count(*) FROM testimonies WHERE id = @id", new { id = TestimonyFields.Row(a.TestimonyId) }, transaction) == 0)
        {
            throw new ArgumentException($"There is no testimony {a.TestimonyId} in this workspace.", nameof(a));
        }
        var removed = connection.Execute($"DELETE FROM code_applications WHERE {KeyCondition}", KeyParameters(a), transaction);
        connection.Execute(
            """
            INSERT INTO code_applications (testimony_id, code_id, coder, passage_start, passage_end, adjudicated, codebook_version, value_sealed, memo_sealed)
            VALUES (@TestimonyId, @CodeId, @Coder, @PassageStart, @PassageEnd, @Adjudicated, @CodebookVersion, @Value, @Memo)
            """,
            new
            {
                TestimonyId = TestimonyFields.Row(a.TestimonyId),
                a.CodeId,
                a.Coder,
                PassageStart = a.Passage?.Start,
                PassageEnd = a.Passage?.End,
                Adjudicated = a.Adjudicated ? 1 : 0,
                a.CodebookVersion,
                Value = a.Value is null ? null : key.SealText(a.Value, CodingFields.Value(a)),
                Memo = a.Memo is null ? null : key.SealText(a.Memo, CodingFields.Memo(a)),
            },
            transaction);
        return removed == 0;
    }

    private List<CodeApplication> Query(string where, object? parameters)
    {
        using var connection = database.OpenConnection();
        return connection.Query<ApplicationRow>(
                $"SELECT {Columns} FROM code_applications {where} ORDER BY testimony_id, code_id, coder, adjudicated, coalesce(passage_start, -1), coalesce(passage_end, -1)",
                parameters)
            .Select(Open)
            .ToList();
    }

    private CodeApplication Open(ApplicationRow row)
    {
        var passage = row.PassageStart is { } start && row.PassageEnd is { } end ? new TextPassage((int)start, (int)end) : null;
        var plain = new CodeApplication(Guid.Parse(row.TestimonyId), row.CodeId, null, passage, row.Coder, (int)row.CodebookVersion, null, row.Adjudicated != 0);
        return plain with
        {
            Value = row.Value is null ? null : key.OpenText(row.Value, CodingFields.Value(plain)),
            Memo = row.Memo is null ? null : key.OpenText(row.Memo, CodingFields.Memo(plain)),
        };
    }

    // Filled by Dapper from the aliased columns.
    private sealed record ApplicationRow(
        string TestimonyId, string CodeId, string Coder, long? PassageStart, long? PassageEnd, long Adjudicated, long CodebookVersion, byte[]? Value, byte[]? Memo);
}
