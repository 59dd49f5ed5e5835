using Intake.Terminal;
using Spectre.Console;

namespace Intake.Review.Commands;

/// <summary>Everything the commands touch outside the file system, injectable for tests.</summary>
/// <param name="Out">Standard output: results, tables, the public key to give the operator.</param>
/// <param name="Error">Standard error: refusals and warnings.</param>
/// <param name="Ansi">Spectre's console over <paramref name="Out"/>, for tables and progress bars.</param>
/// <param name="OutputIsTerminal">Whether a person watches the output (progress bars) or a script reads it (plain lines).</param>
/// <param name="Passphrases">The terminal, unless a command is given --passphrase-file.</param>
public sealed record ReviewConsole(TextWriter Out, TextWriter Error, IAnsiConsole Ansi, bool OutputIsTerminal, IPassphraseSource Passphrases)
{
    // Without a terminal there is no width to fit; a script reading a table wants whole lines.
    private const int PipeWidth = 200;

    public static ReviewConsole System()
    {
        var ansi = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            ansi.Profile.Width = PipeWidth;
        }
        return new ReviewConsole(Console.Out, Console.Error, ansi, !Console.IsOutputRedirected, new TerminalPassphraseSource());
    }

    /// <summary>A console writing plain text (no colours, no cursor movement) to <paramref name="output"/>, as for a pipe.</summary>
    public static ReviewConsole Plain(TextWriter output, TextWriter error, IPassphraseSource passphrases)
    {
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        ansi.Profile.Width = PipeWidth;
        return new ReviewConsole(output, error, ansi, OutputIsTerminal: false, passphrases);
    }

    /// <summary>The terminal, or the file a script named with --passphrase-file.</summary>
    public IPassphraseSource PassphrasesFrom(string? passphraseFile) =>
        passphraseFile is null ? Passphrases : new FilePassphraseSource(passphraseFile);
}
