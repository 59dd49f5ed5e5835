using System.Security.Cryptography;
using System.Text;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;

namespace Intake.Review.Workspace;

/// <summary>
/// Reads an existing identity file for <c>review identity add</c>: plain, as age-keygen writes
/// it, or protected with its own passphrase (an age scrypt file, binary or armored).
/// </summary>
internal static class IdentityFileReader
{
    /// <param name="askPassphrase">Asked only when the file is passphrase-protected.</param>
    /// <exception cref="ReviewException">The file cannot be read, does not open, or holds no secret key; the message says which.</exception>
    public static IReadOnlyList<IIdentity> Read(string path, Func<string> askPassphrase)
    {
        ArgumentNullException.ThrowIfNull(askPassphrase);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReviewException($"Cannot read the identity file {path}: {e.Message}", e);
        }
        byte[]? plaintext = null;
        try
        {
            if (AgeDecryptor.LooksLikeAgeFile(bytes))
            {
                plaintext = Decrypt(path, bytes, askPassphrase());
            }
            var text = Encoding.UTF8.GetString(plaintext ?? bytes);
            RefusePublicKeys(path, text);
            return AgeKeys.ParseIdentityFile(text);
        }
        catch (KeyFormatException e)
        {
            throw new ReviewException(
                $"{path} is not an age identity file ({e.Message}). Give the file that age-keygen or `intake-age keygen` wrote, or its passphrase-protected copy. Nothing was changed.", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
            if (plaintext is not null)
            {
                CryptographicOperations.ZeroMemory(plaintext);
            }
        }
    }

    private static byte[] Decrypt(string path, byte[] ciphertext, string passphrase)
    {
        try
        {
            using var identity = new ScryptIdentity(passphrase);
            return AgeDecryptor.Decrypt(ciphertext, [identity]);
        }
        catch (NoIdentityMatchedException e)
        {
            throw new ReviewException(
                $"{path} does not open with that passphrase (or it is encrypted to a key, not a passphrase). Type the identity file's own passphrase again. Nothing was changed.", e);
        }
        catch (AgeFormatException e)
        {
            throw new ReviewException($"{path} is a damaged age file ({e.Message}). Copy it again from where it is kept. Nothing was changed.", e);
        }
    }

    // A public key in the wrong place is the likeliest mistake: say so plainly.
    private static void RefusePublicKeys(string path, string text)
    {
        var lines = text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'));
        if (lines.Any(line => line.StartsWith("age1", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ReviewException(
                $"{path} holds a public key (age1…), not an identity. `review identity add` needs the SECRET identity file (AGE-SECRET-KEY-…); " +
                "the public key is what the operator gets. Nothing was changed.");
        }
    }
}
