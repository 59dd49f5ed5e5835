using System.Security.Cryptography;
using System.Text;
using Sodium;

namespace Intake.Review.Workspace;

/// <summary>
/// The random 32-byte key that encrypts every testimony-derived value in the workspace with
/// XChaCha20-Poly1305. A sealed value is the 24-byte random nonce followed by the ciphertext
/// of the padded value.
/// </summary>
internal sealed class WorkspaceKey : IDisposable
{
    public const int Size = 32;
    private const int NonceSize = 24;

    private readonly byte[] key = GC.AllocateArray<byte>(Size, pinned: true);

    private WorkspaceKey(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(key);
    }

    /// <summary>The raw key, for wrapping under the passphrase only.</summary>
    public ReadOnlySpan<byte> Bytes => key;

    public static WorkspaceKey Generate()
    {
        var bytes = SodiumCore.GetRandomBytes(Size);
        try
        {
            return new WorkspaceKey(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    public static WorkspaceKey FromBytes(ReadOnlySpan<byte> bytes) =>
        bytes.Length == Size ? new WorkspaceKey(bytes) : throw new ArgumentException("A workspace key is 32 bytes.", nameof(bytes));

    public byte[] Seal(ReadOnlySpan<byte> plaintext, FieldAddress address)
    {
        var padded = ValuePadding.Pad(plaintext);
        try
        {
            var nonce = SecretAeadXChaCha20Poly1305.GenerateNonce();
            var ciphertext = SecretAeadXChaCha20Poly1305.Encrypt(padded, nonce, key, address.ToAssociatedData());
            return [.. nonce, .. ciphertext];
        }
        finally
        {
            CryptographicOperations.ZeroMemory(padded);
        }
    }

    public byte[] SealText(string text, FieldAddress address) => Seal(Encoding.UTF8.GetBytes(text), address);

    /// <exception cref="WorkspaceException">The value was altered, moved from another row, or sealed under another key.</exception>
    public byte[] Open(byte[] sealedValue, FieldAddress address)
    {
        ArgumentNullException.ThrowIfNull(sealedValue);
        try
        {
            if (sealedValue.Length < NonceSize)
            {
                throw new CryptographicException("too short");
            }
            var padded = SecretAeadXChaCha20Poly1305.Decrypt(sealedValue[NonceSize..], sealedValue[..NonceSize], key, address.ToAssociatedData());
            return ValuePadding.Unpad(padded) ?? throw new CryptographicException("bad padding");
        }
        catch (CryptographicException e)
        {
            throw new WorkspaceException(
                $"The workspace value {address} does not decrypt: the workspace was damaged or tampered with. Restore workspace.db from a backup.", e);
        }
    }

    public string OpenText(byte[] sealedValue, FieldAddress address)
    {
        var plaintext = Open(sealedValue, address);
        try
        {
            return Encoding.UTF8.GetString(plaintext);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    public void Dispose() => CryptographicOperations.ZeroMemory(key);
}
