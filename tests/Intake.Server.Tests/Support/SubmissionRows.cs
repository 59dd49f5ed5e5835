using Microsoft.Data.Sqlite;

namespace Intake.Server.Tests.Support;

/// <summary>One submission row as stored: its id and export state, and the bundle that carried it.</summary>
internal sealed record SubmissionRow(Guid Id, string ExportState, Guid? Bundle);

/// <summary>
/// Reads submissions, bundles and ciphertext straight from the server's SQLite file
/// (read-only, unpooled), without the storage classes the tests check.
/// </summary>
internal sealed class SubmissionRows(string databasePath)
{
    public IReadOnlyList<SubmissionRow> List()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, export_state, export_bundle FROM submissions WHERE state = 'complete' ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<SubmissionRow>();
        while (reader.Read())
        {
            rows.Add(new SubmissionRow(
                ToGuid((byte[])reader[0]),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : ToGuid((byte[])reader[2])));
        }
        return rows;
    }

    public IReadOnlyList<Guid> Ids() => [.. List().Select(row => row.Id)];

    /// <summary>The received_day column of a submission, exactly as stored.</summary>
    public string ReceivedDay(Guid submission)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT received_day FROM submissions WHERE id = $id";
        command.Parameters.AddWithValue("$id", submission.ToByteArray(bigEndian: true));
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>A part's ciphertext, its chunks joined in order.</summary>
    public byte[] Ciphertext(Guid submission, int partIndex)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM part_chunks WHERE submission_id = $id AND part_index = $index ORDER BY seq";
        command.Parameters.AddWithValue("$id", submission.ToByteArray(bigEndian: true));
        command.Parameters.AddWithValue("$index", partIndex);
        using var reader = command.ExecuteReader();
        using var joined = new MemoryStream();
        while (reader.Read())
        {
            joined.Write((byte[])reader[0]);
        }
        return joined.ToArray();
    }

    /// <summary>The sequence numbers of the bundles recorded, and whether each still keeps its manifest.</summary>
    public IReadOnlyList<(long Sequence, bool HasManifest)> Bundles()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, manifest IS NOT NULL FROM export_bundles ORDER BY sequence";
        using var reader = command.ExecuteReader();
        var bundles = new List<(long, bool)>();
        while (reader.Read())
        {
            bundles.Add((reader.GetInt64(0), reader.GetBoolean(1)));
        }
        return bundles;
    }

    private static Guid ToGuid(byte[] bytes) => new(bytes, bigEndian: true);

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
