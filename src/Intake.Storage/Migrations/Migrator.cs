using Dapper;
using Microsoft.Data.Sqlite;

namespace Intake.Storage.Migrations;

/// <summary>Brings a database up to the latest schema, tracked by PRAGMA user_version.</summary>
internal static class Migrator
{
    public static int LatestVersion => Migration.All[^1].Version;

    /// <summary>Applies each missing migration in its own transaction; returns the resulting version.</summary>
    public static int Apply(SqliteConnection connection, string path)
    {
        var version = ReadVersion(connection, transaction: null);
        if (version > LatestVersion)
        {
            throw new StorageException(
                $"The database {path} has schema version {version}, but this program knows only up to " +
                $"version {LatestVersion}. A newer release wrote it: run that release or a later one.");
        }

        // Off while the schema changes: with it on, dropping a table to rebuild it would
        // cascade-delete the rows that refer to it. foreign_key_check runs before each commit.
        connection.Execute("PRAGMA foreign_keys = OFF");
        foreach (var migration in Migration.All.Where(migration => migration.Version > version))
        {
            // BEGIN IMMEDIATE: a second process opening the same file waits here, then sees
            // the new version and skips the script instead of applying it twice.
            using var transaction = connection.BeginTransaction();
            if (ReadVersion(connection, transaction) >= migration.Version)
            {
                continue;
            }
            connection.Execute(migration.Sql, transaction: transaction);
            if (connection.Query("PRAGMA foreign_key_check", transaction: transaction).Any())
            {
                throw new StorageException($"Migration {migration.Name} left rows that break a foreign key.");
            }
            // user_version lives in the database header, so it commits or rolls back with the script.
            connection.Execute($"PRAGMA user_version = {migration.Version}", transaction: transaction);
            transaction.Commit();
        }
        return ReadVersion(connection, transaction: null);
    }

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction) =>
        connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction);
}
