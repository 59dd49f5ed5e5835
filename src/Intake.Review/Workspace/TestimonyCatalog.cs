using Dapper;
using Microsoft.Data.Sqlite;

namespace Intake.Review.Workspace;

/// <summary><see cref="ITestimonyCatalog"/> over an unlocked workspace; safe to use from several threads (a connection per call).</summary>
internal sealed class TestimonyCatalog(WorkspaceDatabase database, WorkspaceKey key) : ITestimonyCatalog
{
    private const string SummaryColumns =
        "id AS Id, day AS Day, status AS Status, attachment_count AS AttachmentCount, language_sealed AS Language, country_sealed AS Country, sector_sealed AS Sector";

    public IReadOnlyList<TestimonySummary> List()
    {
        using var connection = database.OpenConnection();
        return connection.Query<SummaryRow>($"SELECT {SummaryColumns} FROM testimonies ORDER BY day DESC, id").Select(Summarize).ToList();
    }

    public TestimonyDetail? Find(Guid id, string readerLanguage)
    {
        ArgumentNullException.ThrowIfNull(readerLanguage);
        using var connection = database.OpenConnection();
        var row = FindRow(connection, id);
        if (row is null)
        {
            return null;
        }
        var answers = connection.QuerySingle<byte[]>("SELECT answers_sealed FROM testimonies WHERE id = @id", new { id = TestimonyFields.Row(id) });
        var content = OpenAnswers(id, answers);
        var attachments = content.Attachments
            .Select((entry, i) => new AttachmentInfo(i + 1, entry.FileName, entry.DeclaredType, entry.Size, entry.Sha256Hex))
            .ToList();
        var questionnaire = KnownQuestionnaires.Find(content.QuestionnaireId, content.QuestionnaireVersion);
        return new TestimonyDetail(Summarize(row), readerLanguage, AnswerRenderer.Render(content, questionnaire, readerLanguage), attachments);
    }

    public IReadOnlyList<ReviewNote> Notes(Guid id)
    {
        using var connection = database.OpenConnection();
        return connection.Query<(long Id, string Day, byte[] Text)>(
                "SELECT id, day, text_sealed FROM notes WHERE testimony_id = @id ORDER BY id", new { id = TestimonyFields.Row(id) })
            .Select(note => new ReviewNote(note.Id, IsoDay.Parse(note.Day), key.OpenText(note.Text, TestimonyFields.NoteText(note.Id, id))))
            .ToList();
    }

    public ReviewNote AddNote(Guid id, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("A note needs some text.", nameof(text));
        }
        using var connection = database.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (FindRow(connection, id, transaction) is null)
        {
            throw new ArgumentException($"There is no testimony {id} in this workspace.", nameof(id));
        }
        var noteId = connection.ExecuteScalar<long>("SELECT coalesce(max(id), 0) + 1 FROM notes", transaction: transaction);
        var day = IsoDay.Today;
        connection.Execute(
            "INSERT INTO notes (id, testimony_id, day, text_sealed) VALUES (@noteId, @testimonyId, @day, @sealed)",
            new { noteId, testimonyId = TestimonyFields.Row(id), day = IsoDay.ToText(day), @sealed = key.SealText(text, TestimonyFields.NoteText(noteId, id)) },
            transaction);
        transaction.Commit();
        return new ReviewNote(noteId, day, text);
    }

    public void SetStatus(Guid id, TestimonyStatus status)
    {
        using var connection = database.OpenConnection();
        var changed = connection.Execute(
            "UPDATE testimonies SET status = @status WHERE id = @id",
            new { id = TestimonyFields.Row(id), status = TestimonyStatusText.ToText(status) });
        if (changed == 0)
        {
            throw new ArgumentException($"There is no testimony {id} in this workspace.", nameof(id));
        }
    }

    /// <summary>The answers document of a testimony, decrypted in memory; null when there is no such testimony.</summary>
    public AnswersContent? FindAnswers(Guid id)
    {
        using var connection = database.OpenConnection();
        var answers = connection.QuerySingleOrDefault<byte[]>("SELECT answers_sealed FROM testimonies WHERE id = @id", new { id = TestimonyFields.Row(id) });
        return answers is null ? null : OpenAnswers(id, answers);
    }

    private AnswersContent OpenAnswers(Guid id, byte[] sealedAnswers)
    {
        var json = key.Open(sealedAnswers, TestimonyFields.Answers(id));
        try
        {
            return AnswersContent.Parse(json);
        }
        catch (FormatException e)
        {
            throw new WorkspaceException($"The stored answers of testimony {id} cannot be read ({e.Message}). Import its bundle into a fresh workspace.", e);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(json);
        }
    }

    private static SummaryRow? FindRow(SqliteConnection connection, Guid id, SqliteTransaction? transaction = null) =>
        connection.QuerySingleOrDefault<SummaryRow>(
            $"SELECT {SummaryColumns} FROM testimonies WHERE id = @id", new { id = TestimonyFields.Row(id) }, transaction);

    private TestimonySummary Summarize(SummaryRow row)
    {
        var id = Guid.Parse(row.Id);
        return new TestimonySummary(
            id,
            IsoDay.Parse(row.Day),
            key.OpenText(row.Language, TestimonyFields.Language(id)),
            NullIfEmpty(key.OpenText(row.Country, TestimonyFields.Country(id))),
            NullIfEmpty(key.OpenText(row.Sector, TestimonyFields.Sector(id))),
            TestimonyStatusText.Parse(row.Status),
            (int)row.AttachmentCount);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    // Filled by Dapper from the aliased columns.
    private sealed record SummaryRow(string Id, string Day, string Status, long AttachmentCount, byte[] Language, byte[] Country, byte[] Sector);
}
