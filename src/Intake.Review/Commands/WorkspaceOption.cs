using System.CommandLine;
using Intake.Review.Workspace;

namespace Intake.Review.Commands;

/// <summary>
/// <c>--workspace DIR</c> and <c>--passphrase-file FILE</c>, which every command takes, and
/// unlocking the workspace they name. The passphrase never comes from the command line or
/// the environment: the terminal asks for it, or a script names a file holding it.
/// </summary>
internal sealed class WorkspaceOption
{
    public const string PassphrasePrompt = "Workspace passphrase: ";

    public Option<string> Directory { get; } = new("--workspace")
    {
        Description = $"The workspace directory (default: ./{ReviewWorkspace.DefaultDirectory}).",
        HelpName = "DIR",
        DefaultValueFactory = _ => ReviewWorkspace.DefaultDirectory,
    };

    public Option<string?> PassphraseFile { get; } = new("--passphrase-file")
    {
        Description = "Read the workspace passphrase from the first line of this file instead of the terminal (for scripts).",
        HelpName = "FILE",
    };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public Command AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Directory);
        command.Options.Add(PassphraseFile);
        return command;
    }

    public string DirectoryOf(ParseResult parse) => parse.GetValue(Directory) ?? ReviewWorkspace.DefaultDirectory;

    /// <summary>Asks for the passphrase (once) and opens the workspace with it.</summary>
    /// <exception cref="WorkspaceException">No workspace there, or the passphrase is wrong.</exception>
    public ReviewWorkspace Unlock(ParseResult parse, ReviewConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var directory = DirectoryOf(parse);
        // Before the prompt: asking for a passphrase to open nothing would only confuse.
        ReviewWorkspace.RequireExists(directory);
        return ReviewWorkspace.Open(directory, ReadPassphrase(parse, console, confirm: false));
    }

    public string ReadPassphrase(ParseResult parse, ReviewConsole console, bool confirm)
    {
        ArgumentNullException.ThrowIfNull(console);
        return console.PassphrasesFrom(parse.GetValue(PassphraseFile)).Read(PassphrasePrompt, confirm);
    }
}
