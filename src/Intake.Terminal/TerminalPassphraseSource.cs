using System.Diagnostics;

namespace Intake.Terminal;

/// <summary>
/// Reads a passphrase from the controlling terminal with echo off, as age does, so nothing
/// typed is shown on screen, kept in shell history or visible to other processes.
/// </summary>
public sealed class TerminalPassphraseSource : IPassphraseSource
{
    private const string TerminalPath = "/dev/tty";

    public string Read(string prompt, bool confirm)
    {
        var first = ReadOnce(prompt);
        if (confirm && ReadOnce("Confirm passphrase: ") != first)
        {
            throw new PassphraseUnavailableException("The two passphrases do not match. Nothing was changed; run the command again.");
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
            throw new PassphraseUnavailableException("There is no terminal to ask for the passphrase: give it with --passphrase-file FILE (its first line).", e);
        }
        using (terminal)
        {
            using var writer = new StreamWriter(terminal, leaveOpen: true) { AutoFlush = true };
            using var reader = new StreamReader(terminal, leaveOpen: true);
            writer.Write(prompt);
            SetEcho(false);
            try
            {
                var line = reader.ReadLine() ?? throw new PassphraseUnavailableException("No passphrase was entered.");
                return line.Length > 0 ? line : throw new PassphraseUnavailableException("The passphrase is empty.");
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
