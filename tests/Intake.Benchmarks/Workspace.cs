using System.Security.Cryptography;

namespace Intake.Benchmarks;

/// <summary>
/// A temporary directory on disk holding the random input, the age identities and the ciphertext.
/// Deleted on dispose.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private Workspace(string directory, long inputBytes, IReadOnlyList<string> recipients)
    {
        Directory = directory;
        InputBytes = inputBytes;
        Recipients = recipients;
    }

    public string Directory { get; }

    public long InputBytes { get; }

    public string InputFile => Path.Combine(Directory, "input.bin");

    public string EmptyFile => Path.Combine(Directory, "empty.bin");

    public string CiphertextFile => Path.Combine(Directory, "input.bin.age");

    /// <summary>The identity file matching the first recipient, used for every decryption.</summary>
    public string IdentityFile => IdentityFilePath(Directory, 0);

    /// <summary>X25519 recipients (age1...) that every encryption is addressed to.</summary>
    public IReadOnlyList<string> Recipients { get; }

    /// <summary>Creates the directory under the system temp path (honours TMPDIR) and fills it.</summary>
    public static Workspace Create(long inputBytes, int recipientCount, string ageKeygen)
    {
        string directory = System.IO.Directory.CreateTempSubdirectory("intake-bench-").FullName;
        try
        {
            WriteRandomFile(Path.Combine(directory, "input.bin"), inputBytes);
            File.WriteAllBytes(Path.Combine(directory, "empty.bin"), []);

            var recipients = new List<string>();
            for (int i = 0; i < recipientCount; i++)
            {
                string identityFile = IdentityFilePath(directory, i);
                ProcessMeasurement.Run(new Command(ageKeygen, ["-o", identityFile]));
                recipients.Add(ProcessMeasurement.Run(new Command(ageKeygen, ["-y", identityFile])).Trim());
            }
            return new Workspace(directory, inputBytes, recipients);
        }
        catch
        {
            System.IO.Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static string IdentityFilePath(string directory, int index) =>
        Path.Combine(directory, $"identity-{index + 1}.txt");

    private static void WriteRandomFile(string path, long length)
    {
        byte[] block = new byte[1 << 20];
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        for (long written = 0; written < length; written += block.Length)
        {
            int count = (int)Math.Min(block.Length, length - written);
            RandomNumberGenerator.Fill(block.AsSpan(0, count));
            stream.Write(block, 0, count);
        }
    }
}
