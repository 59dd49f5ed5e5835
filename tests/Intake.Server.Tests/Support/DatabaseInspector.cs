using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Intake.Server.Tests.Support;

/// <summary>How many rows the submission tables hold, committed or not.</summary>
internal sealed record RowCounts(long Submissions, long Parts, long Chunks)
{
    public bool IsEmpty => Submissions == 0 && Parts == 0 && Chunks == 0;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Submissions} submission(s), {Parts} part(s), {Chunks} chunk(s)");
}

/// <summary>Reads the server's SQLite file directly (read-only, unpooled), as someone who seized it would.</summary>
internal sealed class DatabaseInspector(string path)
{
    public string Path => path;

    public RowCounts Count()
    {
        using var connection = Open();
        return new RowCounts(
            Scalar(connection, "SELECT count(*) FROM submissions"),
            Scalar(connection, "SELECT count(*) FROM parts"),
            Scalar(connection, "SELECT count(*) FROM part_chunks"));
    }

    /// <summary>Polls until <paramref name="condition"/> holds or the time is up; returns the last counts either way.</summary>
    public async Task<RowCounts> WaitUntilAsync(Func<RowCounts, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var counts = Count();
        while (!condition(counts) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            counts = Count();
        }
        return counts;
    }

    /// <summary>The received_day column of every submission row, exactly as stored.</summary>
    public IReadOnlyList<string> ReceivedDays()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT received_day FROM submissions";
        using var reader = command.ExecuteReader();
        var days = new List<string>();
        while (reader.Read())
        {
            days.Add(reader.GetString(0));
        }
        return days;
    }

    /// <summary>Every text value in every table, labelled "table.column".</summary>
    public IReadOnlyList<(string Where, string Value)> TextValues()
    {
        using var connection = Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var values = new List<(string, string)>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    if (!reader.IsDBNull(column) && reader.GetFieldType(column) == typeof(string))
                    {
                        values.Add(($"{table}.{reader.GetName(column)}", reader.GetString(column)));
                    }
                }
            }
        }
        return values;
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
        return connection;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
