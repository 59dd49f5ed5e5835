namespace Intake.AgeCli.Tests.Support;

/// <summary>Where the parts of a binary age file are: header, payload nonce, 64 KiB STREAM chunks.</summary>
public sealed record AgeFileLayout(int PayloadStart)
{
    public const int NonceSize = 16;
    public const int TagSize = 16;
    public const int SealedChunkSize = Payload.ChunkSize + TagSize;

    public int FirstChunkStart => PayloadStart + NonceSize;

    public int ChunkStart(int index) => FirstChunkStart + index * SealedChunkSize;

    /// <summary>The index of the chunk a payload byte belongs to (the nonce counts as chunk 0: it spoils all of them).</summary>
    public int ChunkOf(int position) => position < FirstChunkStart ? 0 : (position - FirstChunkStart) / SealedChunkSize;

    /// <summary>The header ends with the line "--- MAC"; the payload starts after its newline.</summary>
    public static AgeFileLayout Of(byte[] ageFile)
    {
        var macLine = ageFile.AsSpan().IndexOf("\n--- "u8);
        Assert.True(macLine >= 0, "no \"--- \" line in the age header");
        var end = ageFile.AsSpan(macLine + 1).IndexOf((byte)'\n');
        Assert.True(end >= 0, "the \"--- \" line of the age header has no newline");
        return new AgeFileLayout(macLine + 1 + end + 1);
    }
}
