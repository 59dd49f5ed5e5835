namespace Intake.Server.Tests.Support;

/// <summary>The age file header of a stored part, read without its key.</summary>
internal static class AgeHeader
{
    /// <summary>The stanza types ("X25519", "mlkem768x25519") of the "-> " lines before "---".</summary>
    public static async Task<IReadOnlyList<string>> StanzaTypesAsync(Stream part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var buffer = new byte[16 * 1024];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await part.ReadAsync(buffer.AsMemory(filled))) > 0)
        {
            filled += read;
        }
        var text = System.Text.Encoding.Latin1.GetString(buffer, 0, filled);
        var lines = text.Split('\n');
        Assert.Equal("age-encryption.org/v1", lines[0]);
        var end = Array.FindIndex(lines, line => line.StartsWith("--- ", StringComparison.Ordinal));
        Assert.True(end > 0, "no end of header (---) in the first 16 KiB of the part");
        return [.. lines[1..end].Where(line => line.StartsWith("-> ", StringComparison.Ordinal)).Select(line => line.Split(' ')[1])];
    }
}
