namespace Intake.Terminal;

/// <summary>Where passphrases come from: the terminal, or a file for scripts. Never the command line or the environment.</summary>
public interface IPassphraseSource
{
    /// <summary>Asks once with <paramref name="prompt"/>; asks twice and compares when <paramref name="confirm"/>.</summary>
    /// <exception cref="PassphraseUnavailableException">There is no passphrase to be had (no terminal, empty file, mismatch).</exception>
    string Read(string prompt, bool confirm);
}
