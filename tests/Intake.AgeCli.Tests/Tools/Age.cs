using Intake.AgeCli.Tests.Support;

namespace Intake.AgeCli.Tests.Tools;

/// <summary>The reference `age` and `age-keygen` commands (Debian's age 1.1.1: X25519 and scrypt).</summary>
public static class Age
{
    public static ProcessResult Run(params string[] arguments) => RunWithStdin([], arguments);

    public static ProcessResult RunWithStdin(byte[] stdin, params string[] arguments) =>
        ProcessRunner.Run(ExternalTool.Find("age", "age"), arguments, stdin);

    /// <summary>Runs age on a pseudo-terminal, typing each line (age reads passphrases from the terminal only).</summary>
    public static ProcessResult RunTyping(IReadOnlyList<string> typedLines, params string[] arguments) =>
        PseudoTerminal.RunTyping(typedLines, ExternalTool.Find("age", "age"), arguments);

    /// <summary>`age-keygen -o PATH`, returning the key file it wrote.</summary>
    public static KeyFile Keygen(string path)
    {
        ProcessRunner.Run(ExternalTool.Find("age-keygen", "age"), ["-o", path], []).EnsureSuccess();
        return KeyFile.Read(path);
    }

    /// <summary>`age-keygen -y PATH`: the recipients of the identities in PATH.</summary>
    public static string KeygenRecipients(string path) =>
        ProcessRunner.Run(ExternalTool.Find("age-keygen", "age"), ["-y", path], []).EnsureSuccess().StdoutText;
}
