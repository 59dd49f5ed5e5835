namespace Intake.Storage.Tests;

public sealed class SubmissionLifecycleTests : IDisposable
{
    private const int SmallChunk = 1000;
    private static readonly DateOnly Day = new(2025, 6, 14);

    private readonly TemporaryDatabase _temporary = new();

    public void Dispose() => _temporary.Dispose();

    private SubmissionStore Store() => new(_temporary.Database, SmallChunk);

    [Fact]
    public async Task A_submission_is_invisible_until_committed()
    {
        var store = Store();
        await using var upload = await store.BeginAsync(Day);
        TestParts.Write(upload, 0, TestParts.RandomBytes(2 * SmallChunk + 1));

        Assert.Empty(await store.ListCompleteAsync());
        Assert.Equal(0, await store.TotalCiphertextBytesAsync());
        await Assert.ThrowsAsync<StorageException>(() => store.OpenPartAsync(upload.Id, 0));

        await upload.CommitAsync();

        Assert.Equal(upload.Id, Assert.Single(await store.ListCompleteAsync()).Id);
        Assert.Equal(2 * SmallChunk + 1, await store.TotalCiphertextBytesAsync());
    }

    [Fact]
    public async Task A_commit_with_a_gap_in_the_parts_throws_and_leaves_nothing_visible()
    {
        var store = Store();
        await using (var upload = await store.BeginAsync(Day))
        {
            TestParts.Write(upload, 0, [1]);
            TestParts.Write(upload, 2, [3]);

            await Assert.ThrowsAsync<StorageException>(() => upload.CommitAsync());

            Assert.Empty(await store.ListCompleteAsync());
        }
        AssertNoRowsLeft();
    }

    [Fact]
    public async Task A_commit_without_part_zero_throws()
    {
        var store = Store();
        await using var upload = await store.BeginAsync(Day);
        TestParts.Write(upload, 1, [1]);

        await Assert.ThrowsAsync<StorageException>(() => upload.CommitAsync());
    }

    [Fact]
    public async Task A_commit_without_parts_throws()
    {
        await using var upload = await Store().BeginAsync(Day);

        await Assert.ThrowsAsync<StorageException>(() => upload.CommitAsync());
    }

    [Fact]
    public async Task A_commit_with_a_part_still_open_throws()
    {
        var store = Store();
        await using var upload = await store.BeginAsync(Day);
        using var part = upload.OpenPart(0);
        part.Write(TestParts.RandomBytes(10));

        await Assert.ThrowsAsync<InvalidOperationException>(() => upload.CommitAsync());
        Assert.Empty(await store.ListCompleteAsync());
    }

    [Fact]
    public async Task A_committed_upload_takes_no_more_parts()
    {
        await using var upload = await Store().BeginAsync(Day);
        TestParts.Write(upload, 0, [1]);
        await upload.CommitAsync();

        Assert.Throws<InvalidOperationException>(() => upload.OpenPart(1));
        await Assert.ThrowsAsync<InvalidOperationException>(() => upload.CommitAsync());
    }

    [Fact]
    public async Task Disposing_without_commit_leaves_no_rows()
    {
        var store = Store();
        await using (var upload = await store.BeginAsync(Day))
        {
            TestParts.Write(upload, 1, TestParts.RandomBytes(5 * SmallChunk + 3));
            TestParts.Write(upload, 0, TestParts.RandomBytes(SmallChunk));
            Assert.True(_temporary.Count("part_chunks") > 0);
        }

        AssertNoRowsLeft();
    }

    [Fact]
    public async Task Disposing_with_a_part_still_open_leaves_no_rows_and_ends_the_part()
    {
        var store = Store();
        var upload = await store.BeginAsync(Day);
        var part = upload.OpenPart(0);
        part.Write(TestParts.RandomBytes(3 * SmallChunk + 7));

        upload.Dispose();
        part.Dispose();

        AssertNoRowsLeft();
        Assert.Throws<ObjectDisposedException>(() => upload.OpenPart(1));
    }

    [Fact]
    public async Task Disposing_after_commit_keeps_the_submission()
    {
        var store = Store();
        var content = TestParts.RandomBytes(SmallChunk + 1);
        Guid id;
        await using (var upload = await store.BeginAsync(Day))
        {
            TestParts.Write(upload, 0, content);
            await upload.CommitAsync();
            id = upload.Id;
        }

        Assert.Equal(id, Assert.Single(await store.ListCompleteAsync()).Id);
        Assert.Equal(content, await TestParts.ReadAsync(store, id, 0));
    }

    [Fact]
    public async Task Delete_incomplete_removes_what_a_crash_left_and_keeps_committed_submissions()
    {
        var store = Store();
        var kept = await store.BeginAsync(Day);
        TestParts.Write(kept, 0, [7, 7, 7]);
        await kept.CommitAsync();

        // A crash: the upload and its open part are never disposed.
        var crashed = await store.BeginAsync(Day);
        TestParts.Write(crashed, 1, TestParts.RandomBytes(2 * SmallChunk));
        crashed.OpenPart(0).Write(TestParts.RandomBytes(SmallChunk + 1));

        // The restarted process opens the same file anew.
        var restarted = new SubmissionStore(IntakeDatabase.Open(_temporary.Path), SmallChunk);
        Assert.Equal(1, await restarted.DeleteIncompleteAsync());

        Assert.Equal(1, _temporary.Count("submissions"));
        Assert.Equal(1, _temporary.Count("parts"));
        Assert.Equal(1, _temporary.Count("part_chunks"));
        Assert.Equal(kept.Id, Assert.Single(await restarted.ListCompleteAsync()).Id);
        Assert.Equal(0, await restarted.DeleteIncompleteAsync());
    }

    private void AssertNoRowsLeft()
    {
        Assert.Equal(0, _temporary.Count("submissions"));
        Assert.Equal(0, _temporary.Count("parts"));
        Assert.Equal(0, _temporary.Count("part_chunks"));
    }
}
