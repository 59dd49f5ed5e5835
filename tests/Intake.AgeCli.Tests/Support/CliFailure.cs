namespace Intake.AgeCli.Tests.Support;

/// <summary>The contract for a refused input: a non-zero exit and exactly one "intake-age: …" line on stderr.</summary>
public static class CliFailure
{
    /// <summary>Returns null when <paramref name="result"/> is such a failure, else what is wrong with it.</summary>
    public static string? Problem(ProcessResult result)
    {
        var stderr = result.Stderr.TrimEnd('\r', '\n');
        if (result.ExitCode == 0)
        {
            return "exited 0";
        }
        if (stderr.Length == 0 || stderr.Contains('\n', StringComparison.Ordinal) || !stderr.StartsWith("intake-age: ", StringComparison.Ordinal))
        {
            return $"exited {result.ExitCode} but stderr is not one \"intake-age: …\" line: {stderr}";
        }
        return null;
    }

    public static void AssertOneLineError(ProcessResult result)
    {
        var problem = Problem(result);
        Assert.True(problem is null, $"`{result.CommandLine}` {problem}");
    }
}
