using System.Diagnostics;

namespace Intake.AgeCli.Terminal;

/// <summary>
/// Reads a passphrase from the controlling terminal with echo off, as age does, so it
/// works while standard input carries the file being encrypted.
/// </summary>
public sealed class TerminalPassphraseSource : IPassphraseSource
{
    private const string TerminalPath = "/dev/tty";

    public string Read(string prompt, bool confirm)
    {
        var first = ReadOnce(prompt);
        if (confirm && ReadOnce("Confirm passphrase: ") != first)
        {
            throw new CliException("The two passphrases do not match.");
        }
        return first;
    }

    private static string ReadOnce(string prompt)
    {
        FileStream terminal;
        try
        {
            terminal = new FileStream(TerminalPath, FileMode.Open, FileAccess.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException("No terminal to ask for the passphrase: use --passphrase-file FILE.");
        }
        using (terminal)
        {
            using var writer = new StreamWriter(terminal, leaveOpen: true) { AutoFlush = true };
            using var reader = new StreamReader(terminal, leaveOpen: true);
            writer.Write(prompt);
            SetEcho(false);
            try
            {
                var line = reader.ReadLine() ?? throw new CliException("No passphrase was entered.");
                if (line.Length == 0)
                {
                    throw new CliException("The passphrase is empty.");
                }
                return line;
            }
            finally
            {
                SetEcho(true);
                writer.WriteLine();
            }
        }
    }

    private static void SetEcho(bool on)
    {
        using var stty = Process.Start(new ProcessStartInfo("stty", ["-F", TerminalPath, on ? "echo" : "-echo"])
        {
            UseShellExecute = false,
        });
        stty?.WaitForExit();
    }
}
