using System.Text;

namespace Intake.Testing;

/// <summary>
/// Runs a program on a pseudo-terminal (util-linux `script`) and types lines into it, for
/// programs that read only from a terminal: `age -p` asking for a passphrase, the installer
/// asking for keys. Everything the program prints comes back mixed in one transcript with the
/// echoed input, so its output files must go through its own options.
/// </summary>
public static class PseudoTerminal
{
    public static ProcessResult RunTyping(IReadOnlyList<string> typedLines, string program, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(typedLines);
        var script = ExternalTool.Find("script", "bsdutils");
        var command = string.Join(' ', arguments.Prepend(program).Select(ShellQuote));
        var typed = Encoding.UTF8.GetBytes(string.Concat(typedLines.Select(line => line + "\n")));
        // -e: exit with the program's status; -c: run this command; /dev/null: keep no typescript file.
        return ProcessRunner.Run(new ProcessSpec(script, ["-qec", command, "/dev/null"])
        {
            Stdin = stdin => stdin.WriteAsync(typed).AsTask(),
            Timeout = TimeSpan.FromMinutes(2),
        });
    }

    private static string ShellQuote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
