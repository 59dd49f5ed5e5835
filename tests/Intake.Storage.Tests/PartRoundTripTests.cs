namespace Intake.Storage.Tests;

public sealed class PartRoundTripTests : IDisposable
{
    private const int SmallChunk = 1000;
    private static readonly DateOnly Day = new(2025, 6, 14);

    private readonly TemporaryDatabase _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(SmallChunk - 1)]
    [InlineData(SmallChunk)]
    [InlineData(SmallChunk + 1)]
    [InlineData(3 * SmallChunk + 5)]
    public async Task A_part_round_trips_across_chunk_boundaries(int size)
    {
        var store = new SubmissionStore(_temporary.Database, SmallChunk);
        var content = TestParts.RandomBytes(size);
        await using var upload = await store.BeginAsync(Day);

        TestParts.Write(upload, 0, content, pieceSize: 7);
        await upload.CommitAsync();

        var stored = Assert.Single(await store.ListCompleteAsync());
        Assert.Equal([(long)size], stored.PartSizes);
        Assert.Equal(content, await TestParts.ReadAsync(store, upload.Id, 0));
        Assert.Equal(content, await TestParts.ReadSynchronouslyAsync(store, upload.Id, 0));
        Assert.Equal((size + SmallChunk - 1) / SmallChunk, _temporary.Count("part_chunks"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(SmallChunk)]
    [InlineData(2 * SmallChunk + 1)]
    public async Task Asynchronous_writes_store_the_same_bytes(int pieceSize)
    {
        var store = new SubmissionStore(_temporary.Database, SmallChunk);
        var content = TestParts.RandomBytes(4 * SmallChunk + 17);
        await using var upload = await store.BeginAsync(Day);

        await TestParts.WriteAsync(upload, 0, content, pieceSize);
        await upload.CommitAsync();

        Assert.Equal(content, await TestParts.ReadAsync(store, upload.Id, 0, bufferSize: 4096));
    }

    [Fact]
    public async Task Parts_written_in_any_order_are_stored_by_index()
    {
        var store = new SubmissionStore(_temporary.Database, SmallChunk);
        byte[][] contents = [TestParts.RandomBytes(120), TestParts.RandomBytes(2 * SmallChunk + 3), TestParts.RandomBytes(SmallChunk)];
        await using var upload = await store.BeginAsync(Day);

        // As the server does: attachments 1..N first, the answers (part 0) last.
        TestParts.Write(upload, 1, contents[1]);
        await TestParts.WriteAsync(upload, 2, contents[2]);
        TestParts.Write(upload, 0, contents[0]);
        await upload.CommitAsync();

        var stored = Assert.Single(await store.ListCompleteAsync());
        Assert.Equal(contents.Select(content => (long)content.Length), stored.PartSizes);
        Assert.Equal(contents.Sum(content => (long)content.Length), upload.BytesWritten);
        Assert.Equal(upload.BytesWritten, await store.TotalCiphertextBytesAsync());
        for (var index = 0; index < contents.Length; index++)
        {
            Assert.Equal(contents[index], await TestParts.ReadAsync(store, upload.Id, index));
        }
    }

    [Fact]
    public async Task A_three_mebibyte_part_round_trips_at_the_default_chunk_size()
    {
        var store = new SubmissionStore(_temporary.Database);
        var content = TestParts.RandomBytes(3 * SubmissionStore.DefaultChunkSize + 12_345);
        await using var upload = await store.BeginAsync(Day);

        await TestParts.WriteAsync(upload, 0, content, pieceSize: 64 * 1024);
        await upload.CommitAsync();

        Assert.Equal([(long)content.Length], Assert.Single(await store.ListCompleteAsync()).PartSizes);
        Assert.Equal(content, await TestParts.ReadAsync(store, upload.Id, 0, bufferSize: 81_920));
        Assert.Equal(4, _temporary.Count("part_chunks"));
    }

    [Fact]
    public async Task A_part_index_can_be_opened_only_once()
    {
        var store = new SubmissionStore(_temporary.Database, SmallChunk);
        await using var upload = await store.BeginAsync(Day);
        TestParts.Write(upload, 0, [1, 2, 3]);

        Assert.Throws<InvalidOperationException>(() => upload.OpenPart(0));
    }

    [Fact]
    public async Task The_part_stream_is_write_only_and_its_reader_read_only()
    {
        var store = new SubmissionStore(_temporary.Database, SmallChunk);
        await using var upload = await store.BeginAsync(Day);
        using (var part = upload.OpenPart(0))
        {
            Assert.True(part.CanWrite);
            Assert.False(part.CanRead);
            Assert.False(part.CanSeek);
            part.WriteByte(42);
        }
        await upload.CommitAsync();

        await using var reader = await store.OpenPartAsync(upload.Id, 0);
        Assert.True(reader.CanRead);
        Assert.False(reader.CanWrite);
        Assert.False(reader.CanSeek);
        Assert.Equal(42, reader.ReadByte());
        Assert.Equal(-1, reader.ReadByte());
    }
}
