using Intake.Review.Commands;
using Intake.Terminal;

namespace Intake.Review.Tests.Support;

/// <summary>What one in-process run of the command line left: its exit code and what it wrote.</summary>
internal sealed record CommandResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}; stdout: {Out}; stderr: {Error}";
}

/// <summary>Runs `review ARGS` in this process through the real command line, with a console that writes to strings.</summary>
internal static class CommandRunner
{
    public static CommandResult Run(params string[] args) => Run(terminal: false, args);

    /// <summary>As if standard output were a terminal (progress bars instead of lines), though it still writes to a string.</summary>
    public static CommandResult RunAsTerminal(params string[] args) => Run(terminal: true, args);

    private static CommandResult Run(bool terminal, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = ReviewConsole.Plain(output, error, new RefusingPassphraseSource()) with { OutputIsTerminal = terminal };
        var exitCode = ReviewCommandLine.RunAsync(args, console).GetAwaiter().GetResult();
        return new CommandResult(exitCode, output.ToString(), error.ToString());
    }

    // Tests give passphrases with --passphrase-file; a prompt would mean a command asked where it should not.
    private sealed class RefusingPassphraseSource : IPassphraseSource
    {
        public string Read(string prompt, bool confirm) =>
            throw new PassphraseUnavailableException($"test asked for a passphrase on the terminal: {prompt}");
    }
}
