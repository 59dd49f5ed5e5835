using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Intake.EndToEnd.Support;

/// <summary>
/// Reads the server's SQLite file directly, read-only and beside the running server (WAL lets
/// readers and the writer work at once), without the storage code under test.
/// </summary>
public sealed class SubmissionDatabase(string path)
{
    public sealed record Counts(long Submissions, long Receiving, long Complete, long Parts, long Chunks);

    public sealed record Row(byte[] Id, string ReceivedDay, long PartCount)
    {
        public string IdHex => Convert.ToHexStringLower(Id);
    }

    public string Path => path;

    /// <summary>PRAGMA integrity_check, its rows joined: "ok" for a sound file.</summary>
    public string IntegrityCheck() => string.Join("; ", Strings("PRAGMA integrity_check"));

    /// <summary>PRAGMA foreign_key_check: one line per row that points at nothing.</summary>
    public IReadOnlyList<string> ForeignKeyViolations()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_key_check";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }
        return rows;
    }

    public Counts Count() => new(
        Scalar("SELECT COUNT(*) FROM submissions"),
        Scalar("SELECT COUNT(*) FROM submissions WHERE state = 'receiving'"),
        Scalar("SELECT COUNT(*) FROM submissions WHERE state = 'complete'"),
        Scalar("SELECT COUNT(*) FROM parts"),
        Scalar("SELECT COUNT(*) FROM part_chunks"));

    /// <summary>Parts whose submission is gone, and chunks whose part is gone.</summary>
    public (long Parts, long Chunks) Orphans() => (
        Scalar("SELECT COUNT(*) FROM parts p WHERE NOT EXISTS (SELECT 1 FROM submissions s WHERE s.id = p.submission_id)"),
        Scalar("""
            SELECT COUNT(*) FROM part_chunks c
            WHERE NOT EXISTS (SELECT 1 FROM parts p WHERE p.submission_id = c.submission_id AND p.part_index = c.part_index)
            """));

    /// <summary>Receiving submissions that already hold ciphertext: uploads in flight.</summary>
    public long ReceivingWithChunks() => Scalar("""
        SELECT COUNT(*) FROM submissions s
        WHERE s.state = 'receiving' AND EXISTS (SELECT 1 FROM part_chunks c WHERE c.submission_id = s.id)
        """);

    public IReadOnlyList<Row> CompleteSubmissions()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, received_day, part_count FROM submissions WHERE state = 'complete' ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            rows.Add(new Row((byte[])reader.GetValue(0), reader.GetString(1), reader.GetInt64(2)));
        }
        return rows;
    }

    /// <summary>
    /// Writes part <paramref name="index"/>'s ciphertext to <paramref name="file"/>, checking that
    /// its chunks run 0..n-1 without a gap and add up to the size the commit recorded.
    /// </summary>
    public void ExtractPart(byte[] submissionId, int index, string file)
    {
        using var connection = Open();
        long recordedSize;
        using (var size = connection.CreateCommand())
        {
            size.CommandText = "SELECT size FROM parts WHERE submission_id = $id AND part_index = $index";
            size.Parameters.AddWithValue("$id", submissionId);
            size.Parameters.AddWithValue("$index", index);
            recordedSize = size.ExecuteScalar() is long value
                ? value
                : throw new InvalidOperationException($"Submission {Convert.ToHexStringLower(submissionId)} has no part {index} with a recorded size.");
        }
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, data FROM part_chunks WHERE submission_id = $id AND part_index = $index ORDER BY seq";
        command.Parameters.AddWithValue("$id", submissionId);
        command.Parameters.AddWithValue("$index", index);
        using var reader = command.ExecuteReader();
        using var output = File.Create(file);
        long expectedSeq = 0;
        while (reader.Read())
        {
            Assert.Equal(expectedSeq++, reader.GetInt64(0));
            var data = (byte[])reader.GetValue(1);
            output.Write(data);
        }
        Assert.True(output.Length == recordedSize, $"Part {index} has {output.Length} bytes of chunks but its recorded size is {recordedSize}.");
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var timeout = connection.CreateCommand();
        timeout.CommandText = "PRAGMA busy_timeout = 5000";
        timeout.ExecuteNonQuery();
        return connection;
    }

    private long Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private List<string> Strings(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
