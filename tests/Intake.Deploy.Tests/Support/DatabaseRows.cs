using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Intake.Deploy.Tests.Support;

/// <summary>Every row of every table of a SQLite file as sorted text, to compare two databases' contents.</summary>
internal static class DatabaseRows
{
    public static IReadOnlyList<string> Of(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table'").Select(row => (string)row[0]).ToList();
        return tables
            .SelectMany(table => Query(connection, $"SELECT * FROM \"{table}\"").Select(row => $"{table}: {string.Join(" | ", row.Select(Text))}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static List<object[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    private static string Text(object value) => value switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        DBNull => "NULL",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
