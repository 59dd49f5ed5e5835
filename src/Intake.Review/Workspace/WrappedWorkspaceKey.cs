using System.Security.Cryptography;
using System.Text;
using Sodium;

namespace Intake.Review.Workspace;

/// <summary>
/// The workspace key as stored: sealed with XChaCha20-Poly1305 under a key that Argon2id
/// derives from the passphrase, with the salt and costs needed to derive it again.
/// </summary>
internal sealed record WrappedWorkspaceKey(byte[] Salt, WorkspaceKdfSettings Kdf, byte[] Wrapped)
{
    private const int NonceSize = 24;
    private static readonly byte[] AssociatedData = Encoding.ASCII.GetBytes("testimonio-review/v1 workspace key");

    public static WrappedWorkspaceKey Wrap(WorkspaceKey key, string passphrase, WorkspaceKdfSettings kdf)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(kdf);
        var salt = PasswordHash.ArgonGenerateSalt();
        var wrappingKey = Derive(passphrase, salt, kdf);
        var plainKey = key.Bytes.ToArray();
        try
        {
            var nonce = SecretAeadXChaCha20Poly1305.GenerateNonce();
            var wrapped = SecretAeadXChaCha20Poly1305.Encrypt(plainKey, nonce, wrappingKey, AssociatedData);
            return new WrappedWorkspaceKey(salt, kdf, [.. nonce, .. wrapped]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrappingKey);
            CryptographicOperations.ZeroMemory(plainKey);
        }
    }

    /// <exception cref="WorkspaceException">The passphrase is wrong (or the stored key was altered).</exception>
    public WorkspaceKey Unwrap(string passphrase, string workspaceDirectory)
    {
        Kdf.Check();
        var wrappingKey = Derive(passphrase, Salt, Kdf);
        byte[]? plainKey = null;
        try
        {
            plainKey = SecretAeadXChaCha20Poly1305.Decrypt(Wrapped[NonceSize..], Wrapped[..NonceSize], wrappingKey, AssociatedData);
            return WorkspaceKey.FromBytes(plainKey);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            throw new WorkspaceException(
                $"Wrong passphrase for the workspace {workspaceDirectory}; nothing was changed. " +
                "Type the workspace passphrase again (it is case-sensitive), or check the first line of the --passphrase-file.", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrappingKey);
            if (plainKey is not null)
            {
                CryptographicOperations.ZeroMemory(plainKey);
            }
        }
    }

    private static byte[] Derive(string passphrase, byte[] salt, WorkspaceKdfSettings kdf)
    {
        var password = Encoding.UTF8.GetBytes(passphrase);
        try
        {
            return PasswordHash.ArgonHashBinary(password, salt, kdf.ArgonOperations, kdf.ArgonMemoryBytes, WorkspaceKey.Size, PasswordHash.ArgonAlgorithm.Argon_2ID13);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
        }
    }
}
