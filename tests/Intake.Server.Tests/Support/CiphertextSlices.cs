namespace Intake.Server.Tests.Support;

/// <summary>
/// Pieces of a ciphertext to look for in raw files: 64-byte slices spread over it, each
/// starting after the header prefix every age file shares, so a hit means this very file.
/// </summary>
internal static class CiphertextSlices
{
    public const int Length = 64;

    // "age-encryption.org/v1\n-> X25519 " is the same in every file; what follows is random.
    private const int SharedPrefix = 32;

    public static IReadOnlyList<byte[]> Of(byte[] ciphertext, int count = 4)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        var last = ciphertext.Length - Length;
        if (last < SharedPrefix)
        {
            throw new ArgumentException($"a {ciphertext.Length}-byte ciphertext is too short to slice", nameof(ciphertext));
        }
        return [.. Enumerable.Range(0, count)
            .Select(i => SharedPrefix + (long)(last - SharedPrefix) * i / Math.Max(1, count - 1))
            .Distinct()
            .Select(offset => ciphertext.AsSpan((int)offset, Length).ToArray())];
    }

    /// <summary>The files among <paramref name="files"/> whose raw bytes contain <paramref name="slice"/>.</summary>
    public static IReadOnlyList<string> FilesHolding(IEnumerable<string> files, byte[] slice) =>
        [.. files.Where(file => File.Exists(file) && File.ReadAllBytes(file).AsSpan().IndexOf(slice) >= 0)];
}
