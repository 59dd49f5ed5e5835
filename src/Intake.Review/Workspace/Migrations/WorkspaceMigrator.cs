using Dapper;
using Microsoft.Data.Sqlite;

namespace Intake.Review.Workspace.Migrations;

/// <summary>Brings a workspace database up to the latest schema, tracked by PRAGMA user_version.</summary>
internal static class WorkspaceMigrator
{
    public static int LatestVersion => WorkspaceMigration.All[^1].Version;

    /// <summary>Applies each missing migration in its own transaction; a current database is only read.</summary>
    public static void Apply(SqliteConnection connection, string path)
    {
        var version = ReadVersion(connection, transaction: null);
        if (version > LatestVersion)
        {
            throw new WorkspaceException(
                $"The workspace {path} has schema version {version}, but this program knows only up to version {LatestVersion}. " +
                "A newer release of review wrote it: use that release or a later one.");
        }
        if (version == LatestVersion)
        {
            return;
        }
        connection.Execute("PRAGMA foreign_keys = OFF");
        foreach (var migration in WorkspaceMigration.All.Where(migration => migration.Version > version))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction: transaction);
            if (connection.Query("PRAGMA foreign_key_check", transaction: transaction).Any())
            {
                throw new WorkspaceException($"Migration {migration.Name} left rows that break a foreign key; the workspace was not changed.");
            }
            connection.Execute($"PRAGMA user_version = {migration.Version}", transaction: transaction);
            transaction.Commit();
        }
        connection.Execute("PRAGMA foreign_keys = ON");
    }

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction) =>
        connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction);
}
