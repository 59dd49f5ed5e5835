using System.Text;

namespace Intake.Deploy.Tests.Support;

/// <summary>
/// Runs a program on a pseudo-terminal (util-linux `script`) and types lines into it, for the
/// install's questions, which it asks only when stdin is a terminal. The transcript mixes
/// stdout, stderr and the echoed input.
/// </summary>
internal static class PseudoTerminal
{
    public static ProcessResult RunTyping(IReadOnlyList<string> typedLines, string program, params string[] arguments)
    {
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
