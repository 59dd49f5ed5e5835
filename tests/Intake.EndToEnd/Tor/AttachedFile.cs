using System.Security.Cryptography;

namespace Intake.EndToEnd.Tor;

/// <summary>A file a source attaches: where it is, the name the browser sends, and the type it declares.</summary>
public sealed record AttachedFile(string Path, string FileName, string ContentType)
{
    /// <summary>Writes <paramref name="size"/> random bytes to DIRECTORY/FILENAME.</summary>
    public static AttachedFile Random(string directory, string fileName, string contentType, int size)
    {
        var path = System.IO.Path.Combine(directory, fileName);
        File.WriteAllBytes(path, RandomNumberGenerator.GetBytes(size));
        return new AttachedFile(path, fileName, contentType);
    }

    public byte[] Content => File.ReadAllBytes(Path);
}
