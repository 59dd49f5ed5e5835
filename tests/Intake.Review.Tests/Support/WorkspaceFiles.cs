using System.Security.Cryptography;

namespace Intake.Review.Tests.Support;

/// <summary>The bytes of a workspace's files (database, its -wal, identities), to prove a refusal changed none of them.</summary>
internal static class WorkspaceFiles
{
    public static IReadOnlyDictionary<string, string> Fingerprint(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith("-shm", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToDictionary(path => Path.GetRelativePath(directory, path), path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));

    /// <summary>workspace.db and, when present, workspace.db-wal, concatenated.</summary>
    public static byte[] DatabaseBytes(string directory)
    {
        var database = Path.Combine(directory, "workspace.db");
        var wal = database + "-wal";
        return [.. File.ReadAllBytes(database), .. File.Exists(wal) ? File.ReadAllBytes(wal) : []];
    }
}
