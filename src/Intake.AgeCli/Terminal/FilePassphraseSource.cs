namespace Intake.AgeCli.Terminal;

/// <summary>The first line of a file (<c>--passphrase-file</c>), for scripts and tests.</summary>
public sealed class FilePassphraseSource(string path) : IPassphraseSource
{
    public string Read(string prompt, bool confirm)
    {
        using var reader = new StreamReader(path);
        var line = reader.ReadLine();
        if (string.IsNullOrEmpty(line))
        {
            throw new CliException($"The passphrase file {path} is empty: put the passphrase on its first line.");
        }
        return line;
    }
}
