using System.Security.Cryptography;
using Intake.Bundles;

namespace Intake.Server.Export;

/// <summary>
/// The server's Ed25519 export key, kept as a 32-byte seed in the data directory (mode 0600).
/// Made at the first start, so its public key can be given to reviewers before any export.
/// </summary>
public static class ExportKeyFile
{
    public const string FileName = "export-signing.key";

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, FileName);

    /// <summary>The key in <paramref name="dataDirectory"/>, created if there is none yet.</summary>
    /// <exception cref="InvalidOperationException">The file exists but is not a key.</exception>
    public static ExportSigningKey LoadOrCreate(string dataDirectory)
    {
        var path = PathIn(dataDirectory);
        if (!File.Exists(path))
        {
            Create(path);
        }

        var seed = File.ReadAllBytes(path);
        try
        {
            return seed.Length == 32
                ? ExportSigningKey.FromSeed(seed)
                : throw new InvalidOperationException($"{path} is not an export key (it should hold 32 bytes). Restore it from a backup; making a new one would make reviewers refuse every bundle until they trust the new key.");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    // Written under a temporary name and renamed, so a crash never leaves a half key that
    // would later be mistaken for the real one.
    private static void Create(string path)
    {
        using var key = ExportSigningKey.Generate();
        var seed = key.ExportSeed();
        var temporary = path + ".new";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var file = new FileStream(temporary, options))
            {
                file.Write(seed);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
            File.Delete(temporary);
        }
    }
}
