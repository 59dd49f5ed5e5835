using System.Text;

namespace Intake.AgeCli.Tests.Processes;

/// <summary>What a finished process left behind: its exit code, stdout bytes and stderr text.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, byte[] Stdout, string Stderr)
{
    public string StdoutText => Encoding.UTF8.GetString(Stdout);

    /// <summary>Fails the test, showing the command and its stderr, unless the process exited 0.</summary>
    public ProcessResult EnsureSuccess()
    {
        Assert.True(ExitCode == 0, $"`{CommandLine}` exited with {ExitCode}; stderr: {Stderr.Trim()}; stdout: {Truncated(StdoutText)}");
        return this;
    }

    // Terminal transcripts and armored output can be long; the start is what explains a failure.
    private static string Truncated(string text) => text.Length <= 2000 ? text.Trim() : text[..2000] + "…";
}
