using System.Security.Cryptography;
using Intake.Storage;

namespace Intake.Deploy.Tests.Backup;

/// <summary>
/// backup.sh on a real database written through the service's store and held open as the
/// running service holds it: a consistent copy of the ciphertext, private modes, and never
/// the export key, the data-protection keys or (unless asked) Tor's onion keys.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateDirectory = Private | UnixFileMode.UserExecute;

    private readonly SeededRoot _root = new();
    private readonly TempDirectory _backups = new("deploy-backups");
    private readonly Dictionary<(Guid Id, int Index), byte[]> _ciphertext = [];

    public void Dispose()
    {
        _backups.Dispose();
        _root.Dispose();
    }

    [Fact]
    public async Task Backup_copies_the_database_while_it_is_open_and_nothing_else()
    {
        var database = await CreateServiceDataAsync();
        _root.CreateOnionKeys();
        var output = _backups.NewPath("backup");

        ProcessResult result;
        using (database.OpenConnection())
        {
            result = DeployScript.Run("backup.sh", "--root", _root.Path, "--out", output).EnsureSuccess();
        }

        var copy = Path.Combine(output, "intake.db");
        Assert.Contains($"Wrote {copy}", result.StdoutText, StringComparison.Ordinal);
        Assert.Equal(PrivateDirectory, File.GetUnixFileMode(output));
        Assert.Equal(["intake.db"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal(Private, File.GetUnixFileMode(copy));
        Assert.Equal("ok", Sqlite(copy, "PRAGMA integrity_check;"));
        Assert.Equal(DatabaseRows.Of(database.Path), DatabaseRows.Of(copy));
        await AssertCiphertextReadsBackAsync(copy);
    }

    [Fact]
    public async Task With_tor_keys_the_onion_keys_are_copied_too_with_a_warning()
    {
        await CreateServiceDataAsync();
        _root.CreateOnionKeys();
        var output = _backups.NewPath("backup");

        var result = DeployScript.Run("backup.sh", "--root", _root.Path, "--out", output, "--with-tor-keys").EnsureSuccess();

        Assert.Contains("WARNING", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("impersonate", result.Stderr, StringComparison.Ordinal);
        var onion = _root.In("/var/lib/tor/intake");
        var copied = Path.Combine(output, "tor-intake");
        Assert.All(Directory.EnumerateFiles(onion), file =>
        {
            var copy = Path.Combine(copied, Path.GetFileName(file));
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(copy));
            Assert.Equal(Private, File.GetUnixFileMode(copy));
        });
        Assert.All(Directory.EnumerateDirectories(copied, "*", SearchOption.AllDirectories).Append(copied), directory =>
            Assert.Equal(PrivateDirectory, File.GetUnixFileMode(directory)));
        Assert.Equal(["intake.db", "tor-intake"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_backup_never_overwrites_an_earlier_one()
    {
        await CreateServiceDataAsync();
        var output = _backups.CreateSubdirectory("earlier");
        var earlier = Path.Combine(output, "intake.db");
        File.WriteAllText(earlier, "an earlier backup");

        var result = DeployScript.Run("backup.sh", "--root", _root.Path, "--out", output);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("not an empty directory", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("an earlier backup", File.ReadAllText(earlier));
    }

    // What a running service leaves in its data directory: committed testimonies (random bytes
    // stand in for age ciphertext; small chunks make many chunk rows), the export signing key
    // and ASP.NET's data-protection key ring.
    private async Task<IntakeDatabase> CreateServiceDataAsync()
    {
        var data = _root.In("/var/lib/intake");
        Directory.CreateDirectory(data, PrivateDirectory);
        var database = IntakeDatabase.Open(Path.Combine(data, "intake.db"));
        var store = new SubmissionStore(database, chunkSize: 4096);
        for (var submission = 0; submission < 3; submission++)
        {
            await using var upload = await store.BeginAsync(new DateOnly(2026, 11, 20 + submission));
            for (var index = 0; index < 2; index++)
            {
                var ciphertext = RandomNumberGenerator.GetBytes(10_000 + (submission * 7_000) + index);
                await using (var part = upload.OpenPart(index))
                {
                    await part.WriteAsync(ciphertext);
                }
                _ciphertext[(upload.Id, index)] = ciphertext;
            }
            await upload.CommitAsync();
        }
        _root.Write("/var/lib/intake/export-signing.key", "32 bytes of the Ed25519 seed....", "600");
        _root.Write("/var/lib/intake/keys/key-5f0e8c1a-0000-4000-8000-000000000000.xml", "<key>data protection</key>", "600");
        return database;
    }

    // Restoring is copying the file back: the service's store opens the copy and reads every part.
    private async Task AssertCiphertextReadsBackAsync(string copy)
    {
        var store = new SubmissionStore(IntakeDatabase.Open(copy));
        Assert.Equal(3, (await store.ListCompleteAsync()).Count);
        foreach (var ((id, index), expected) in _ciphertext)
        {
            await using var part = await store.OpenPartAsync(id, index);
            using var read = new MemoryStream();
            await part.CopyToAsync(read);
            Assert.Equal(expected, read.ToArray());
        }
    }

    private static string Sqlite(string database, string sql) =>
        ProcessRunner.Run(ExternalTool.Find("sqlite3", "sqlite3"), [database, sql], []).EnsureSuccess().StdoutText.Trim();
}
