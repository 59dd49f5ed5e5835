using Intake.Terminal;
using Intake.AgeCli.Terminal;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;

namespace Intake.AgeCli.Files;

/// <summary>
/// The identity used when <c>-d</c> gets no <c>-i</c>: asks for a passphrase only if the
/// file really is passphrase-encrypted, so a key-encrypted file fails without a prompt.
/// </summary>
public sealed class PassphraseOnDemand(IPassphraseSource passphrases) : IIdentity
{
    public FileKey? Unwrap(IReadOnlyList<Stanza> stanzas)
    {
        ArgumentNullException.ThrowIfNull(stanzas);
        if (!stanzas.Any(s => s.Type == "scrypt"))
        {
            throw new CliException("This file is encrypted to keys, not a passphrase: give an identity file with -i.");
        }
        using var identity = new ScryptIdentity(passphrases.Read("Enter passphrase: ", confirm: false));
        return identity.Unwrap(stanzas);
    }
}
