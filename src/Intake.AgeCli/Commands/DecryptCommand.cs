using Intake.AgeCli.Files;
using Intake.AgeCli.Terminal;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;

namespace Intake.AgeCli.Commands;

/// <summary><c>intake-age -d [-i FILE]... [-o OUT] [IN]</c>.</summary>
public static class DecryptCommand
{
    public static int Run(CryptSettings settings, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        if (settings.Recipients.Count > 0 || settings.RecipientFiles.Count > 0 || settings.Armor || settings.Passphrase)
        {
            throw new CliException("-r, -R, -a and -p are for encryption; to decrypt, give identity files with -i, or nothing for a passphrase-encrypted file.");
        }
        var passphrases = console.PassphrasesFrom(settings.PassphraseFile);
        var identities = new List<IIdentity>();
        foreach (var path in settings.IdentityFiles)
        {
            identities.AddRange(IdentityFiles.Load(path, passphrases));
        }
        if (identities.Count == 0)
        {
            identities.Add(new PassphraseOnDemand(passphrases));
        }
        try
        {
            using var input = InputSource.Open(settings.Input, console);
            var options = new AgeDecryptOptions { MaxDegreeOfParallelism = settings.Threads, LeaveOpen = true };
            using var decrypting = AgeDecryptor.Open(input, identities, options);
            using var output = OutputTarget.Open(settings.Output, console.OpenOutput);
            decrypting.CopyTo(output.Stream, InputSource.CopyBufferSize);
            output.Commit();
            return 0;
        }
        finally
        {
            foreach (var identity in identities.OfType<IDisposable>())
            {
                identity.Dispose();
            }
        }
    }
}
