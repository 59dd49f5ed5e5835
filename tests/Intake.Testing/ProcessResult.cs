using System.Text;

namespace Intake.Testing;

/// <summary>What a finished process left behind: its exit code, stdout bytes (unless sent elsewhere) and stderr text.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, byte[] Stdout, string Stderr)
{
    public string StdoutText => Encoding.UTF8.GetString(Stdout);

    /// <summary>Fails the test, showing the command and its output, unless the process exited 0.</summary>
    public ProcessResult EnsureSuccess() =>
        ExitCode == 0 ? this : throw new ProcessFailedException(ToString());

    public override string ToString() => $"`{CommandLine}` exited with {ExitCode}; stderr: {Stderr.Trim()}; stdout: {Truncated(StdoutText)}";

    // Terminal transcripts and armored output can be long; the start is what explains a failure.
    private static string Truncated(string text) => text.Length <= 2000 ? text.Trim() : text[..2000] + "…";
}
