using System.Runtime.InteropServices;

namespace Intake.AgeCli.Files;

/// <summary>
/// Tells a regular file from a device or pipe (such as /dev/null), which must be written
/// in place: replacing it with a renamed temporary file would destroy it. .NET does not
/// expose the file type, so this asks Linux's statx, whose layout is the same on every
/// architecture.
/// </summary>
internal static partial class FileKind
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const ushort TypeMask = 0xF000;
    private const ushort RegularFile = 0x8000;

    /// <summary>True if <paramref name="path"/> exists and is not a regular file (after following links).</summary>
    public static bool IsSpecial(string path)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(path))
        {
            return false;
        }
        Span<byte> buffer = stackalloc byte[256];
        if (Statx(AtCurrentDirectory, path, 0, StatxType, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return true;
        }
        var mode = MemoryMarshal.Read<ushort>(buffer[ModeOffset..]);
        return (mode & TypeMask) != RegularFile;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);
}
