using Intake.AgeCli.Files;
using Intake.AgeCli.Terminal;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;

namespace Intake.AgeCli.Commands;

/// <summary><c>intake-age [-r R]... [-R F]... [-p] [-a] [-o OUT] [IN]</c>.</summary>
public static class EncryptCommand
{
    public static int Run(CryptSettings settings, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        if (settings.IdentityFiles.Count > 0)
        {
            throw new CliException("-i is for decryption (-d); to encrypt to a key, give its public key with -r.");
        }
        if (settings.Output is null or "-" && console.OutputIsTerminal && !settings.Armor)
        {
            throw new CliException("Refusing to write binary ciphertext to the terminal: use -o FILE or -a.");
        }
        var recipients = LoadRecipients(settings, console);
        using var input = InputSource.Open(settings.Input, console);
        using var output = OutputTarget.Open(settings.Output, console.OpenOutput);
        var options = new AgeEncryptOptions { Armor = settings.Armor, MaxDegreeOfParallelism = settings.Threads, LeaveOpen = true };
        using (var encrypting = AgeEncryptor.Create(output.Stream, recipients, options))
        {
            input.CopyTo(encrypting, InputSource.CopyBufferSize);
        }
        output.Commit();
        return 0;
    }

    private static List<IRecipient> LoadRecipients(CryptSettings settings, CliConsole console)
    {
        var recipients = new List<IRecipient>();
        if (settings.Passphrase)
        {
            if (settings.Recipients.Count > 0 || settings.RecipientFiles.Count > 0)
            {
                throw new CliException("-p cannot be combined with -r or -R: a passphrase must be the only recipient.");
            }
            var passphrases = console.PassphrasesFrom(settings.PassphraseFile);
            recipients.Add(new ScryptRecipient(passphrases.Read("Enter passphrase: ", confirm: true)));
            return recipients;
        }
        foreach (var text in settings.Recipients)
        {
            try
            {
                recipients.Add(AgeKeys.ParseRecipient(text));
            }
            catch (KeyFormatException e)
            {
                throw new CliException($"Invalid recipient: {e.Message}");
            }
        }
        foreach (var path in settings.RecipientFiles)
        {
            try
            {
                recipients.AddRange(AgeKeys.ParseRecipientsFile(File.ReadAllText(path)));
            }
            catch (KeyFormatException e)
            {
                throw new CliException($"{path}: {e.Message}");
            }
        }
        if (recipients.Count == 0)
        {
            throw new CliException("No recipients: give -r KEY, -R FILE, or -p for a passphrase.");
        }
        return recipients;
    }
}
