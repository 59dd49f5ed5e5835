using System.Text;

namespace Intake.Server.Tests.Support;

/// <summary>What a finished process left behind: its exit code, stdout bytes (unless sent elsewhere) and stderr text.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, byte[] Stdout, string Stderr)
{
    public string StdoutText => Encoding.UTF8.GetString(Stdout);

    /// <summary>Fails the test, showing the command and its output, unless the process exited 0.</summary>
    public ProcessResult EnsureSuccess()
    {
        Assert.True(ExitCode == 0, $"`{CommandLine}` exited with {ExitCode}; stderr: {Stderr.Trim()}; stdout: {Truncated(StdoutText)}");
        return this;
    }

    public override string ToString() => $"`{CommandLine}` exited with {ExitCode}; stderr: {Stderr.Trim()}; stdout: {Truncated(StdoutText)}";

    private static string Truncated(string text) => text.Length <= 2000 ? text.Trim() : text[..2000] + "…";
}
