namespace Intake.Storage.Tests;

public sealed class ConcurrentUploadTests : IDisposable
{
    private const int SmallChunk = 1000;
    private const int Chunks = 25;

    private readonly TemporaryDatabase _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public async Task Two_uploads_written_chunk_by_chunk_in_turn_both_commit()
    {
        var store = new SubmissionStore(_temporary.Database, SmallChunk);
        var first = TestParts.RandomBytes(Chunks * SmallChunk + 3);
        var second = TestParts.RandomBytes(Chunks * SmallChunk + 11);
        using var turns = new Barrier(2);

        var uploads = await Task.WhenAll(
            Task.Run(() => UploadInTurnsAsync(store, first, turns)),
            Task.Run(() => UploadInTurnsAsync(store, second, turns)));

        var listed = await store.ListCompleteAsync();
        Assert.Equal(uploads.Order(), listed.Select(submission => submission.Id).Order());
        Assert.Equal(first, await TestParts.ReadAsync(store, uploads[0], 0));
        Assert.Equal(second, await TestParts.ReadAsync(store, uploads[1], 0));
    }

    // Each chunk is stored as it fills; the barrier makes the two writers alternate.
    private static async Task<Guid> UploadInTurnsAsync(SubmissionStore store, byte[] content, Barrier turns)
    {
        await using var upload = await store.BeginAsync(new DateOnly(2025, 6, 14));
        using (var part = upload.OpenPart(0))
        {
            for (var offset = 0; offset < content.Length; offset += SmallChunk)
            {
                part.Write(content, offset, Math.Min(SmallChunk, content.Length - offset));
                Assert.True(turns.SignalAndWait(TimeSpan.FromSeconds(10)));
            }
        }
        await upload.CommitAsync();
        return upload.Id;
    }
}
