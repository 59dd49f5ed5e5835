using Dapper;
using Intake.Review.Workspace.Migrations;
using Microsoft.Data.Sqlite;

namespace Intake.Review.Workspace;

/// <summary>The workspace's SQLite file: created private, migrated on open, every connection with safe pragmas.</summary>
internal sealed class WorkspaceDatabase
{
    public const string FileName = "workspace.db";

    // Per connection, since these belong to the connection and not to the file: secure_delete
    // zeroes freed pages, synchronous=FULL keeps an import across a power cut.
    private const string ConnectionPragmas = """
        PRAGMA foreign_keys = ON;
        PRAGMA secure_delete = ON;
        PRAGMA synchronous = FULL;
        PRAGMA busy_timeout = 5000;
        """;

    private readonly string connectionString;

    private WorkspaceDatabase(string path)
    {
        Path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            // SQLite must never create the file itself: it would get the umask's mode, not 0600.
            Mode = SqliteOpenMode.ReadWrite,
            // Without pooling, the last connection to close checkpoints the log and removes the
            // -wal file, so a closed workspace is one file and a refused import leaves no trace.
            Pooling = false,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>Creates a new database file (mode 0600) at <paramref name="path"/> with the latest schema.</summary>
    public static WorkspaceDatabase Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        new FileStream(path, options).Dispose();
        return Open(path);
    }

    /// <summary>Opens an existing database file, switching it to WAL and applying the migrations it lacks.</summary>
    public static WorkspaceDatabase Open(string path)
    {
        var database = new WorkspaceDatabase(System.IO.Path.GetFullPath(path));
        using var connection = database.OpenConnection();
        var journalMode = connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL");
        if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new WorkspaceException(
                $"The workspace database {database.Path} cannot use write-ahead logging (journal mode is {journalMode}). Keep the workspace on a local file system.");
        }
        WorkspaceMigrator.Apply(connection, database.Path);
        return database;
    }

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            connection.Execute(ConnectionPragmas);
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new WorkspaceException($"The workspace database {Path} cannot be opened ({e.Message}). Check that it is a workspace and that you may read and write it.", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
