namespace Intake.AgeCli.Terminal;

/// <summary>Where passphrases come from: the terminal, or a file for scripts.</summary>
public interface IPassphraseSource
{
    /// <summary>Asks once with <paramref name="prompt"/>; asks twice and compares when <paramref name="confirm"/>.</summary>
    string Read(string prompt, bool confirm);
}
