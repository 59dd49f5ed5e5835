using Intake.AgeCli.Tests.Processes;
using Intake.AgeCli.Tests.Support;

namespace Intake.AgeCli.Tests.Tools;

/// <summary>
/// The CLI under test. The test project references src/Intake.AgeCli, so intake-age.dll is
/// built next to this assembly and runs on the same dotnet host as the tests.
/// </summary>
public static class IntakeAge
{
    public static ProcessResult Run(params string[] arguments) => RunWithStdin([], arguments);

    public static ProcessResult RunWithStdin(byte[] stdin, params string[] arguments) =>
        ProcessRunner.Run(DotnetHost(), arguments.Prepend(DllPath()), stdin);

    /// <summary>Runs intake-age on a pseudo-terminal, typing each line where it reads /dev/tty.</summary>
    public static ProcessResult RunTyping(IReadOnlyList<string> typedLines, params string[] arguments) =>
        PseudoTerminal.RunTyping(typedLines, DotnetHost(), [DllPath(), .. arguments]);

    /// <summary>`intake-age keygen [--pq] -o PATH`, returning the key file it wrote.</summary>
    public static KeyFile Keygen(string path, bool postQuantum = false)
    {
        string[] arguments = postQuantum ? ["keygen", "--pq", "-o", path] : ["keygen", "-o", path];
        Run(arguments).EnsureSuccess();
        return KeyFile.Read(path);
    }

    private static string DllPath()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "intake-age.dll");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} does not exist; build src/Intake.AgeCli (the test project references it)");
    }

    // The SDK tells test hosts which dotnet runs them; outside it, PATH has one.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : ExternalTool.Find("dotnet", "dotnet-sdk-10.0");
}
