using Intake.Crypto.Recipients;
using Intake.Server.Export;
using Intake.Server.Submissions;
using Intake.Storage;

namespace Intake.Server.Doctor;

/// <summary>Checks on what the data directory holds: the database, the reviewers' keys, the export key and free space.</summary>
internal static class StorageChecks
{
    public static CheckResult Database(IntakeDatabase database)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        var result = command.ExecuteScalar() as string;
        return result == "ok"
            ? CheckResult.Pass("database", $"{database.Path} is intact (schema version {database.SchemaVersion})")
            : CheckResult.Fail("database", $"{database.Path} is damaged ({result}). Stop the service and restore the latest backup (deploy/backup.sh).");
    }

    public static CheckResult Recipients(IntakeDatabase database)
    {
        const string name = "reviewer keys";
        var keys = new RecipientStore(database).List();
        if (keys.Count == 0)
        {
            return CheckResult.Fail(name, "no reviewer key is configured, so nothing can be received. Add one: intake recipients add age1pq1… --data DIR");
        }

        var postQuantum = keys.Count(key => AgeKeys.ParseRecipient(key.PublicKey).Kind == RecipientKind.PostQuantum);
        return CheckResult.Pass(name, postQuantum == keys.Count
            ? $"{keys.Count} post-quantum key(s)"
            : $"{keys.Count} classic X25519 key(s); post-quantum keys (review keygen) also protect against a future quantum computer");
    }

    public static CheckResult ExportKey(string directory)
    {
        const string name = "export key";
        var path = ExportKeyFile.PathIn(directory);
        if (!File.Exists(path))
        {
            return CheckResult.Fail(name, $"{path} is missing; `intake serve` or `intake export --show-key` creates it. If it existed before, restore it from a backup: reviewers trust only that key.");
        }

        using var key = ExportKeyFile.LoadOrCreate(directory);
        return CheckResult.Pass(name, $"{key.PublicKey} (id {key.PublicKey.KeyId})");
    }

    public static CheckResult DiskSpace(string directory, long floorBytes)
    {
        var free = new DriveInfo(directory).AvailableFreeSpace;
        return free >= floorBytes
            ? CheckResult.Pass("disk space", $"{ByteSize.Format(free)} free (uploads stop below {ByteSize.Format(floorBytes)})")
            : CheckResult.Fail("disk space", $"only {ByteSize.Format(free)} free; uploads are refused below {ByteSize.Format(floorBytes)}. Export and purge (intake export, intake purge) or add disk.");
    }
}
