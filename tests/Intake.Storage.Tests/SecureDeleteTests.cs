using System.Text;
using Dapper;

namespace Intake.Storage.Tests;

/// <summary>Deleted ciphertext must not survive in the database file or its WAL.</summary>
public sealed class SecureDeleteTests : IDisposable
{
    private const int SmallChunk = 1000;
    private static readonly byte[] Canary = Encoding.ASCII.GetBytes("CANARY-9f2c41e7-d0a3-4b6e-");

    private readonly TemporaryDatabase _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public async Task An_aborted_upload_leaves_no_trace_of_its_bytes_on_disk()
    {
        var store = new SubmissionStore(_temporary.Database, SmallChunk);
        var upload = await store.BeginAsync(new DateOnly(2025, 6, 14));
        TestParts.Write(upload, 0, CanaryContent(20 * SmallChunk + 13));
        _temporary.CheckpointAndTruncateWal();
        Assert.True(CanaryOnDisk(), "The canary should be in the file before the abort, or this test proves nothing.");

        await upload.DisposeAsync();
        _temporary.CheckpointAndTruncateWal();

        Assert.False(CanaryOnDisk());
    }

    [Fact]
    public async Task Without_secure_delete_the_same_abort_would_leave_the_bytes_behind()
    {
        // The control for the test above: the same rows deleted on a connection with
        // secure_delete off stay readable in the file.
        var store = new SubmissionStore(_temporary.Database, SmallChunk);
        var upload = await store.BeginAsync(new DateOnly(2025, 6, 14));
        TestParts.Write(upload, 0, CanaryContent(20 * SmallChunk + 13));

        using (var connection = _temporary.Database.OpenConnection())
        {
            connection.Execute("PRAGMA secure_delete = OFF");
            connection.Execute("DELETE FROM submissions");
        }
        _temporary.CheckpointAndTruncateWal();

        Assert.True(CanaryOnDisk());
    }

    private static byte[] CanaryContent(int length)
    {
        var content = new byte[length];
        for (var offset = 0; offset < length; offset += Canary.Length)
        {
            Canary.AsSpan(0, Math.Min(Canary.Length, length - offset)).CopyTo(content.AsSpan(offset));
        }
        return content;
    }

    private bool CanaryOnDisk() =>
        new[] { _temporary.Path, _temporary.Path + "-wal" }.Any(path => File.Exists(path) && ReadShared(path).AsSpan().IndexOf(Canary) >= 0);

    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var content = new MemoryStream();
        file.CopyTo(content);
        return content.ToArray();
    }
}
