namespace Intake.Terminal;

/// <summary>
/// The first line of a file (<c>--passphrase-file</c>), for scripts and tests. Asking twice
/// would read the same line twice, so a file is its own confirmation.
/// </summary>
public sealed class FilePassphraseSource(string path) : IPassphraseSource
{
    public string Read(string prompt, bool confirm)
    {
        string? line;
        try
        {
            using var reader = new StreamReader(path);
            line = reader.ReadLine();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PassphraseUnavailableException($"Cannot read the passphrase file {path}: {e.Message}", e);
        }
        if (string.IsNullOrEmpty(line))
        {
            throw new PassphraseUnavailableException($"The passphrase file {path} is empty: put the passphrase on its first line.");
        }
        return line;
    }
}
