namespace Intake.AgeCli.Tests.Tools;

/// <summary>
/// typage (npm age-encryption) through tests/interop/age-js.mjs: an independent age
/// implementation, and the only one here with post-quantum hybrid keys.
/// </summary>
public static class Typage
{
    public static ProcessResult Run(params string[] arguments) => RunWithStdin([], arguments);

    public static ProcessResult RunWithStdin(byte[] stdin, params string[] arguments) =>
        ProcessRunner.Run(ExternalTool.Find("node", "nodejs"), arguments.Prepend(Script()), stdin);

    /// <summary>A new identity string and its recipient.</summary>
    public static (string Identity, string Recipient) Keygen(bool postQuantum)
    {
        var lines = (postQuantum ? Run("keygen", "--pq") : Run("keygen")).EnsureSuccess()
            .StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 2, $"age-js keygen printed {lines.Length} lines, expected identity and recipient");
        return (lines[0], lines[1]);
    }

    private static string Script()
    {
        var interop = Path.Combine(RepositoryPaths.Root, "tests", "interop");
        if (!File.Exists(Path.Combine(interop, "node_modules", "age-encryption", "package.json")))
        {
            throw new InvalidOperationException($"typage is not installed in {interop}; run `npm ci` there (bash tests/run.sh does)");
        }
        return Path.Combine(interop, "age-js.mjs");
    }
}
