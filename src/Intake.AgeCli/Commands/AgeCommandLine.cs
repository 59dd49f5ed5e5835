using System.CommandLine;
using Intake.AgeCli.Terminal;

namespace Intake.AgeCli.Commands;

/// <summary>The command line of <c>intake-age</c>: age's common flags, plus <c>keygen</c> in place of age-keygen.</summary>
public static class AgeCommandLine
{
    public static RootCommand Build(CliConsole console)
    {
        var encrypt = new Option<bool>("--encrypt", "-e") { Description = "Encrypt the input (the default)." };
        var decrypt = new Option<bool>("--decrypt", "-d") { Description = "Decrypt the input." };
        var recipient = new Option<string[]>("--recipient", "-r") { Description = "Encrypt to this public key (age1… or age1pq1…). Repeatable." };
        var recipientsFile = new Option<string[]>("--recipients-file", "-R") { Description = "Encrypt to the public keys in this file. Repeatable." };
        var identity = new Option<string[]>("--identity", "-i") { Description = "Decrypt with the keys in this identity file (may be passphrase-protected). Repeatable." };
        var passphrase = new Option<bool>("--passphrase", "-p") { Description = "Encrypt with a passphrase, asked on the terminal." };
        var passphraseFile = new Option<string?>("--passphrase-file") { Description = "Read the passphrase from the first line of this file instead of the terminal (for scripts)." };
        var armor = new Option<bool>("--armor", "-a") { Description = "Write ASCII armor (PEM) instead of binary." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var threads = new Option<int>("--threads") { Description = "Threads for the payload (1 = sequential). Default: all cores.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var input = new Argument<string?>("INPUT") { Description = "The file to read (default: standard input).", Arity = ArgumentArity.ZeroOrOne };
        foreach (var repeatable in new[] { recipient, recipientsFile, identity })
        {
            repeatable.AllowMultipleArgumentsPerToken = false;
        }
        input.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { Length: > 1 } value && value.StartsWith('-'))
            {
                result.AddError($"Unknown option {value}.");
            }
        });
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--threads must be at least 1.");
            }
        });

        var root = new RootCommand("intake-age: encrypt and decrypt age files (age-encryption.org/v1), including post-quantum keys.")
        {
            encrypt, decrypt, recipient, recipientsFile, identity, passphrase, passphraseFile, armor, output, threads, input,
        };
        root.SetAction(parse =>
        {
            var settings = new CryptSettings(
                parse.GetValue(decrypt),
                parse.GetValue(recipient) ?? [],
                parse.GetValue(recipientsFile) ?? [],
                parse.GetValue(identity) ?? [],
                parse.GetValue(passphrase),
                parse.GetValue(passphraseFile),
                parse.GetValue(armor),
                parse.GetValue(output),
                parse.GetValue(threads),
                parse.GetValue(input));
            if (settings.Decrypt && parse.GetValue(encrypt))
            {
                throw new CliException("-e and -d cannot be combined.");
            }
            return settings.Decrypt ? DecryptCommand.Run(settings, console) : EncryptCommand.Run(settings, console);
        });
        root.Subcommands.Add(BuildKeygen(console));
        return root;
    }

    private static Command BuildKeygen(CliConsole console)
    {
        var postQuantum = new Option<bool>("--pq") { Description = "Generate a post-quantum hybrid key (AGE-SECRET-KEY-PQ-1…, age1pq1…)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the key to this new file (mode 0600) instead of standard output." };
        var convert = new Option<string?>("-y") { Description = "Print the public keys of the identities in this file (may be passphrase-protected)." };
        var passphraseFile = new Option<string?>("--passphrase-file") { Description = "With -y: read the identity file's passphrase from this file instead of the terminal." };
        var keygen = new Command("keygen", "Generate a new key, like age-keygen.") { postQuantum, output, convert, passphraseFile };
        keygen.SetAction(parse =>
        {
            var identityFile = parse.GetValue(convert);
            return identityFile is null
                ? KeygenCommand.Generate(parse.GetValue(postQuantum), parse.GetValue(output), console)
                : KeygenCommand.PrintRecipients(identityFile, parse.GetValue(passphraseFile), console);
        });
        return keygen;
    }
}
