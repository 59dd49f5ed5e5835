using Intake.AgeCli.Tests.Support;

namespace Intake.AgeCli.Tests.Tools;

/// <summary>
/// The CLI under test: intake-age.dll as built in the tests' configuration, run on the same
/// dotnet host as the tests.
/// </summary>
public static class IntakeAge
{
    public static ProcessResult Run(params string[] arguments) => RunWithStdin([], arguments);

    public static ProcessResult RunWithStdin(byte[] stdin, params string[] arguments) =>
        ProcessRunner.Run(RepositoryPaths.DotnetHost, arguments.Prepend(RepositoryPaths.IntakeAgeDll), stdin);

    /// <summary>Runs intake-age on a pseudo-terminal, typing each line where it reads /dev/tty.</summary>
    public static ProcessResult RunTyping(IReadOnlyList<string> typedLines, params string[] arguments) =>
        PseudoTerminal.RunTyping(typedLines, RepositoryPaths.DotnetHost, [RepositoryPaths.IntakeAgeDll, .. arguments]);

    /// <summary>`intake-age keygen [--pq] -o PATH`, returning the key file it wrote.</summary>
    public static KeyFile Keygen(string path, bool postQuantum = false)
    {
        string[] arguments = postQuantum ? ["keygen", "--pq", "-o", path] : ["keygen", "-o", path];
        Run(arguments).EnsureSuccess();
        return KeyFile.Read(path);
    }
}
