using Dapper;
using Microsoft.Data.Sqlite;

namespace Intake.Storage.Tests;

/// <summary>A real database file in a fresh temporary directory, deleted with it.</summary>
public sealed class TemporaryDatabase : IDisposable
{
    public TemporaryDatabase()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("intake-storage-tests-").FullName;
        Path = System.IO.Path.Combine(Directory, "intake.db");
        Database = IntakeDatabase.Open(Path);
    }

    public string Directory { get; }

    public string Path { get; }

    public IntakeDatabase Database { get; }

    public long Count(string table)
    {
        using var connection = Database.OpenConnection();
        return connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");
    }

    /// <summary>Copies every WAL frame into the database file and truncates the WAL to zero bytes.</summary>
    public void CheckpointAndTruncateWal()
    {
        using var connection = Database.OpenConnection();
        var (busy, _, _) = connection.QuerySingle<(long Busy, long Log, long Checkpointed)>("PRAGMA wal_checkpoint(TRUNCATE)");
        Assert.Equal(0, busy);
    }

    public void Dispose()
    {
        // Close this file's pooled connections before deleting it.
        using (var connection = Database.OpenConnection())
        {
            SqliteConnection.ClearPool(connection);
        }
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
