using Intake.Terminal;
using System.Security.Cryptography;
using Intake.AgeCli.Terminal;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;

namespace Intake.AgeCli.Files;

/// <summary>
/// Loads <c>-i</c> identity files: plain key files as age-keygen writes them, or such a
/// file protected with a passphrase (an age scrypt file, binary or armored).
/// </summary>
public static class IdentityFiles
{
    public static IReadOnlyList<IIdentity> Load(string path, IPassphraseSource passphrases)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read the identity file {path}: {e.Message}");
        }
        byte[]? plaintext = null;
        try
        {
            if (AgeDecryptor.LooksLikeAgeFile(bytes))
            {
                var passphrase = passphrases.Read($"Enter passphrase for identity file \"{path}\": ", confirm: false);
                using var identity = new ScryptIdentity(passphrase);
                plaintext = AgeDecryptor.Decrypt(bytes, [identity]);
            }
            return AgeKeys.ParseIdentityFile(System.Text.Encoding.UTF8.GetString(plaintext ?? bytes));
        }
        catch (NoIdentityMatchedException)
        {
            throw new CliException($"Wrong passphrase for the identity file {path}.");
        }
        catch (KeyFormatException e)
        {
            throw new CliException($"{path}: {e.Message}");
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
}
