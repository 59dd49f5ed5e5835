namespace Intake.EndToEnd.Workflow;

/// <summary>The raw bytes of a SQLite database and its write-ahead log, read while the owner may still have them open.</summary>
public static class DatabaseBytes
{
    public static byte[] Read(string databasePath)
    {
        using var buffer = new MemoryStream();
        foreach (var path in new[] { databasePath, databasePath + "-wal" })
        {
            if (File.Exists(path))
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                file.CopyTo(buffer);
            }
        }

        return buffer.ToArray();
    }

    public static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
