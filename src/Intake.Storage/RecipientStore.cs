using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Intake.Storage;

/// <summary>The configured reviewer public keys.</summary>
public sealed class RecipientStore(IntakeDatabase database)
{
    /// <summary>Adds a recipient.</summary>
    /// <exception cref="DuplicateRecipientException">The public key is already a recipient.</exception>
    public Recipient Add(string publicKey, string? label, DateOnly addedDay)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publicKey);
        using var connection = database.OpenConnection();
        try
        {
            var id = connection.ExecuteScalar<long>(
                """
                INSERT INTO recipients (public_key, label, added_day)
                VALUES (@publicKey, @label, @addedDay)
                RETURNING id
                """,
                new { publicKey, label, addedDay = IsoDay.ToText(addedDay) });
            return new Recipient(id, publicKey, label, addedDay);
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == raw.SQLITE_CONSTRAINT_UNIQUE)
        {
            throw new DuplicateRecipientException($"The recipient {publicKey} is already configured.", exception);
        }
    }

    /// <summary>Every recipient, in the order they were added (by id).</summary>
    public IReadOnlyList<Recipient> List()
    {
        using var connection = database.OpenConnection();
        return connection.Query<(long Id, string PublicKey, string? Label, string AddedDay)>(
                "SELECT id, public_key, label, added_day FROM recipients ORDER BY id")
            .Select(row => new Recipient(row.Id, row.PublicKey, row.Label, IsoDay.Parse(row.AddedDay)))
            .ToList();
    }

    /// <summary>Removes a recipient; false if there was none with this id.</summary>
    public bool Remove(long id)
    {
        using var connection = database.OpenConnection();
        return connection.Execute("DELETE FROM recipients WHERE id = @id", new { id }) > 0;
    }
}
