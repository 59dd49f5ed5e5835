using System.Security.Cryptography;

namespace Intake.Crypto.Age;

/// <summary>
/// The 16-byte symmetric key of one age file. Kept in a pinned array so the GC never
/// leaves copies behind, and zeroed on dispose.
/// </summary>
public sealed class FileKey : IDisposable
{
    public const int Size = 16;
    private readonly byte[] _bytes = GC.AllocateArray<byte>(Size, pinned: true);
    private bool _disposed;

    private FileKey()
    {
    }

    /// <summary>A fresh key from the system CSPRNG.</summary>
    public static FileKey Generate()
    {
        var key = new FileKey();
        RandomNumberGenerator.Fill(key._bytes);
        return key;
    }

    /// <summary>Copies an unwrapped key; the caller clears its own copy.</summary>
    public static FileKey FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"A file key is {Size} bytes.", nameof(bytes));
        }
        var key = new FileKey();
        bytes.CopyTo(key._bytes);
        return key;
    }

    /// <summary>The key bytes; valid until dispose.</summary>
    public ReadOnlySpan<byte> Bytes
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _bytes;
        }
    }

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_bytes);
        _disposed = true;
    }
}
