using Dapper;
using Intake.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace Intake.Storage;

/// <summary>The intake server's SQLite file: created private, migrated on open, opened with safe pragmas.</summary>
public sealed class IntakeDatabase
{
    // Run on every connection handed out, pooled ones included, since these pragmas
    // belong to the connection and not to the file. secure_delete zeroes freed pages so
    // that deleted ciphertext does not linger on disk; synchronous=FULL keeps a committed
    // submission across a power cut.
    private const string ConnectionPragmas = """
        PRAGMA foreign_keys = ON;
        PRAGMA secure_delete = ON;
        PRAGMA synchronous = FULL;
        PRAGMA busy_timeout = 5000;
        """;

    private readonly string _connectionString;

    private IntakeDatabase(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            // Never let SQLite create the file: it would do so with the umask's mode, not 0600.
            Mode = SqliteOpenMode.ReadWrite,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>The schema version (PRAGMA user_version) after migration.</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>
    /// Opens the database at <paramref name="path"/>, creating it (mode 0600 on Unix) if it is
    /// missing, switching it to WAL and applying the embedded migrations it lacks.
    /// </summary>
    /// <exception cref="StorageException">The file's schema is newer than this program knows, or WAL is unavailable.</exception>
    public static IntakeDatabase Open(string path)
    {
        var database = new IntakeDatabase(System.IO.Path.GetFullPath(path));
        CreatePrivateFile(database.Path);
        using var connection = database.OpenConnection();
        // WAL is a property of the file and persists; the -wal and -shm files SQLite
        // creates beside it take the database file's mode.
        var journalMode = connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL");
        if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new StorageException(
                $"The database {database.Path} cannot use write-ahead logging (journal mode is {journalMode}). " +
                "Put the data directory on a local file system.");
        }
        database.SchemaVersion = Migrator.Apply(connection, database.Path);
        return database;
    }

    /// <summary>
    /// A connection for rows that stay invisible until a later commit (upload chunks), with
    /// synchronous=NORMAL so that a chunk costs no fsync. In WAL mode the final commit, made on
    /// a FULL connection, syncs the log and with it every chunk written before it; a crash
    /// before that commit leaves only an incomplete upload, which is removed at the next start.
    /// </summary>
    public SqliteConnection OpenStagingConnection()
    {
        var connection = OpenConnection();
        connection.Execute("PRAGMA synchronous = NORMAL");
        return connection;
    }

    /// <summary>An open connection with foreign_keys, secure_delete, synchronous=FULL and a busy timeout set.</summary>
    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            connection.Execute(ConnectionPragmas);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void CreatePrivateFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        new FileStream(path, options).Dispose();
    }
}
