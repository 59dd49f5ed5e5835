using Dapper;

namespace Intake.Storage.Tests;

public sealed class IntakeDatabaseTests : IDisposable
{
    private readonly TemporaryDatabase _temporary = new();

    private static int EmbeddedMigrationCount =>
        typeof(IntakeDatabase).Assembly.GetManifestResourceNames().Count(name => name.EndsWith(".sql", StringComparison.Ordinal));

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void A_new_file_is_at_the_latest_schema_version()
    {
        Assert.Equal(EmbeddedMigrationCount, _temporary.Database.SchemaVersion);
        using var connection = _temporary.Database.OpenConnection();
        Assert.Equal(EmbeddedMigrationCount, connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.Equal(_temporary.Path, _temporary.Database.Path);
    }

    [Fact]
    public void Reopening_applies_nothing_twice_and_keeps_the_data()
    {
        new RecipientStore(_temporary.Database).Add("age1kept", "kept", new DateOnly(2025, 1, 2));

        // The initial script has plain CREATE TABLEs: applying it again would throw.
        var reopened = IntakeDatabase.Open(_temporary.Path);
        var again = IntakeDatabase.Open(_temporary.Path);

        Assert.Equal(EmbeddedMigrationCount, reopened.SchemaVersion);
        Assert.Equal(EmbeddedMigrationCount, again.SchemaVersion);
        Assert.Equal("age1kept", Assert.Single(new RecipientStore(again).List()).PublicKey);
    }

    [Fact]
    public void A_file_from_a_newer_release_is_refused()
    {
        using (var connection = _temporary.Database.OpenConnection())
        {
            connection.Execute($"PRAGMA user_version = {EmbeddedMigrationCount + 1}");
        }

        var exception = Assert.Throws<StorageException>(() => IntakeDatabase.Open(_temporary.Path));
        Assert.Contains("newer release", exception.Message, StringComparison.Ordinal);
        Assert.Contains(_temporary.Path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_journal_mode_is_wal()
    {
        using var connection = _temporary.Database.OpenConnection();
        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public void Every_connection_has_the_safety_pragmas_on()
    {
        for (var i = 0; i < 3; i++)
        {
            using var connection = _temporary.Database.OpenConnection();
            Assert.Equal(1, connection.ExecuteScalar<long>("PRAGMA foreign_keys"));
            Assert.Equal(1, connection.ExecuteScalar<long>("PRAGMA secure_delete"));
            Assert.Equal(2, connection.ExecuteScalar<long>("PRAGMA synchronous"));
            Assert.Equal(5000, connection.ExecuteScalar<long>("PRAGMA busy_timeout"));
        }
    }

    [Fact]
    public void Staging_connections_skip_the_per_write_fsync_and_pooled_ones_get_it_back()
    {
        using (var staging = _temporary.Database.OpenStagingConnection())
        {
            Assert.Equal(1, staging.ExecuteScalar<long>("PRAGMA synchronous"));
            Assert.Equal(1, staging.ExecuteScalar<long>("PRAGMA secure_delete"));
        }

        using var connection = _temporary.Database.OpenConnection();
        Assert.Equal(2, connection.ExecuteScalar<long>("PRAGMA synchronous"));
    }

    [Fact]
    public void The_database_and_its_wal_files_are_private_to_the_owner()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var connection = _temporary.Database.OpenConnection();
        connection.Execute("INSERT INTO recipients (public_key, added_day) VALUES ('age1x', '2025-01-01')");

        const UnixFileMode ownerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerReadWrite, File.GetUnixFileMode(_temporary.Path));
        Assert.Equal(ownerReadWrite, File.GetUnixFileMode(_temporary.Path + "-wal"));
        Assert.Equal(ownerReadWrite, File.GetUnixFileMode(_temporary.Path + "-shm"));
    }

    [Fact]
    public void Opening_a_missing_directory_fails_without_creating_anything()
    {
        var path = Path.Combine(_temporary.Directory, "missing", "intake.db");

        Assert.ThrowsAny<IOException>(() => IntakeDatabase.Open(path));
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }
}
