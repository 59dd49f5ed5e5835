using System.Runtime.InteropServices;

namespace Intake.Server.Doctor;

/// <summary>
/// Owner, group, type and mode of a path, or why it could not be seen. .NET exposes neither a
/// file's owner nor its type (a socket looks like any file), so this asks Linux's statx, whose
/// layout is the same on every architecture. Follows symbolic links.
/// </summary>
internal readonly partial record struct FileStatus(int Error, uint Uid, uint Gid, int Type, UnixFileMode Mode)
{
    public const int NoSuchFile = 2;
    public const int PermissionDenied = 13;
    public const int NotDirectory = 20;
    public const int Socket = 0xC000;
    public const int Directory = 0x4000;
    public const int RegularFile = 0x8000;

    private const int AtCurrentDirectory = -100;
    private const uint TypeModeUidGid = 0x1 | 0x2 | 0x8 | 0x10;

    public bool Exists => Error == 0;

    /// <summary>True when a directory above the path may not be searched by this user (so only root can tell).</summary>
    public bool Denied => Error == PermissionDenied;

    public bool IsSocket => Exists && Type == Socket;

    public bool IsDirectory => Exists && Type == Directory;

    /// <summary>The mode as `ls` and chmod write it, e.g. "0700".</summary>
    public string OctalMode => "0" + Convert.ToString((int)Mode & 0xFFF, 8).PadLeft(3, '0');

    public static FileStatus Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("statx is Linux's");
        }

        Span<byte> buffer = stackalloc byte[256];
        if (Statx(AtCurrentDirectory, path, 0, TypeModeUidGid, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return new FileStatus(error == NotDirectory ? NoSuchFile : error, 0, 0, 0, 0);
        }

        var mode = MemoryMarshal.Read<ushort>(buffer[28..]);
        return new FileStatus(0, MemoryMarshal.Read<uint>(buffer[20..]), MemoryMarshal.Read<uint>(buffer[24..]), mode & 0xF000, (UnixFileMode)(mode & 0xFFF));
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);
}
