using System.Security.Cryptography;

namespace Intake.Storage.Tests;

/// <summary>Writes and reads whole parts the ways the server does.</summary>
internal static class TestParts
{
    public static byte[] RandomBytes(int length) => RandomNumberGenerator.GetBytes(length);

    /// <summary>Writes synchronously in pieces of <paramref name="pieceSize"/>, as the age encryptor does.</summary>
    public static void Write(SubmissionUpload upload, int index, byte[] content, int pieceSize = 4096)
    {
        using var part = upload.OpenPart(index);
        for (var offset = 0; offset < content.Length; offset += pieceSize)
        {
            part.Write(content, offset, Math.Min(pieceSize, content.Length - offset));
        }
    }

    public static async Task WriteAsync(SubmissionUpload upload, int index, byte[] content, int pieceSize = 4096)
    {
        await using var part = upload.OpenPart(index);
        for (var offset = 0; offset < content.Length; offset += pieceSize)
        {
            await part.WriteAsync(content.AsMemory(offset, Math.Min(pieceSize, content.Length - offset)));
        }
    }

    public static async Task<byte[]> ReadAsync(SubmissionStore store, Guid id, int index, int bufferSize = 333)
    {
        await using var part = await store.OpenPartAsync(id, index);
        using var content = new MemoryStream();
        await part.CopyToAsync(content, bufferSize);
        return content.ToArray();
    }

    /// <summary>Opens the part, then reads it with synchronous reads.</summary>
    public static async Task<byte[]> ReadSynchronouslyAsync(SubmissionStore store, Guid id, int index, int bufferSize = 333)
    {
        using var part = await store.OpenPartAsync(id, index);
        using var content = new MemoryStream();
        var buffer = new byte[bufferSize];
        int read;
        while ((read = part.Read(buffer)) > 0)
        {
            content.Write(buffer, 0, read);
        }
        return content.ToArray();
    }
}
