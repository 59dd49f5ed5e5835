using Intake.AgeCli.Terminal;

namespace Intake.AgeCli.Files;

/// <summary>Opens the input: standard input when the path is absent or "-".</summary>
public static class InputSource
{
    /// <summary>Large copies keep the per-call overhead negligible next to the chunk crypto.</summary>
    public const int CopyBufferSize = 1024 * 1024;

    public static Stream Open(string? path, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (path is null or "-")
        {
            return console.OpenInput();
        }
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read {path}: {e.Message}");
        }
    }
}
