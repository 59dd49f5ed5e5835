using System.Globalization;
using Intake.AgeCli.Files;
using Intake.AgeCli.Terminal;
using Intake.Crypto.Recipients;

namespace Intake.AgeCli.Commands;

/// <summary><c>intake-age keygen [--pq] [-o FILE]</c> and <c>intake-age keygen -y FILE</c>, like age-keygen.</summary>
public static class KeygenCommand
{
    public static int Generate(bool postQuantum, string? outputPath, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (outputPath is not null and not "-" && File.Exists(outputPath))
        {
            throw new CliException($"{outputPath} already exists: refusing to overwrite a key file.");
        }
        string secret;
        string publicKey;
        if (postQuantum)
        {
            using var identity = MlKem768X25519Identity.Generate();
            (secret, publicKey) = (identity.EncodeSecret(), identity.Recipient.ToString());
        }
        else
        {
            using var identity = X25519Identity.Generate();
            (secret, publicKey) = (identity.EncodeSecret(), identity.Recipient.ToString());
        }
        var created = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var text = $"# created: {created}\n# public key: {publicKey}\n{secret}\n";
        using (var output = OutputTarget.Open(outputPath, console.OpenOutput))
        {
            output.Stream.Write(System.Text.Encoding.ASCII.GetBytes(text));
            output.Commit();
        }
        if (outputPath is not null and not "-" || !console.OutputIsTerminal)
        {
            console.Error.WriteLine($"Public key: {publicKey}");
        }
        return 0;
    }

    public static int PrintRecipients(string identityPath, string? passphraseFile, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var passphrases = console.PassphrasesFrom(passphraseFile);
        var lines = new System.Text.StringBuilder();
        foreach (var identity in IdentityFiles.Load(identityPath, passphrases))
        {
            lines.Append(identity switch
            {
                X25519Identity x => x.Recipient.ToString(),
                MlKem768X25519Identity pq => pq.Recipient.ToString(),
                _ => throw new CliException("This identity has no public key to print."),
            }).Append('\n');
            (identity as IDisposable)?.Dispose();
        }
        using var output = console.OpenOutput();
        output.Write(System.Text.Encoding.ASCII.GetBytes(lines.ToString()));
        return 0;
    }
}
