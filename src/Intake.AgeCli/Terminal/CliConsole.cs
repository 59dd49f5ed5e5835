using Intake.Terminal;
namespace Intake.AgeCli.Terminal;

/// <summary>Everything the commands touch outside the file system, injectable for tests.</summary>
public sealed record CliConsole(
    Func<Stream> OpenInput,
    Func<Stream> OpenOutput,
    TextWriter Error,
    bool OutputIsTerminal,
    IPassphraseSource Passphrases)
{
    public static CliConsole System() => new(
        Console.OpenStandardInput,
        Console.OpenStandardOutput,
        Console.Error,
        !Console.IsOutputRedirected,
        new TerminalPassphraseSource());

    /// <summary>The terminal, or the passphrase file a script named with --passphrase-file.</summary>
    public IPassphraseSource PassphrasesFrom(string? passphraseFile) =>
        passphraseFile is null ? Passphrases : new FilePassphraseSource(passphraseFile);
}
