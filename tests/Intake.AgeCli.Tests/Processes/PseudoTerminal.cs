using System.Text;

namespace Intake.AgeCli.Tests.Processes;

/// <summary>
/// Runs a program on a pseudo-terminal (util-linux `script`) and types lines into it, for
/// programs that read a passphrase from /dev/tty only, like `age -p`. Everything the program
/// prints comes back mixed in one transcript, so its output files must go through -o.
/// </summary>
public static class PseudoTerminal
{
    public static ProcessResult RunTyping(IReadOnlyList<string> typedLines, string program, params string[] arguments)
    {
        var script = ExternalTool.Find("script", "bsdutils");
        var command = string.Join(' ', arguments.Prepend(program).Select(ShellQuote));
        var typed = Encoding.UTF8.GetBytes(string.Concat(typedLines.Select(line => line + "\n")));
        // -e: exit with the program's status; -c: run this command; /dev/null: keep no typescript file.
        return ProcessRunner.Run(script, ["-qec", command, "/dev/null"], typed);
    }

    private static string ShellQuote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
