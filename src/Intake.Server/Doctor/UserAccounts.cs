using System.Runtime.InteropServices;

namespace Intake.Server.Doctor;

/// <summary>
/// User and group names and uids as the system resolves them (getpwnam/getpwuid, so NSS users count too).
/// On Linux struct passwd starts with two pointers (name, password) and then the uid.
/// </summary>
internal static partial class UserAccounts
{
    public static uint? UidOf(string name)
    {
        var entry = OperatingSystem.IsLinux() ? GetPasswordEntryByName(name) : 0;
        return entry == 0 ? null : (uint)Marshal.ReadInt32(entry, 2 * IntPtr.Size);
    }

    /// <summary>The user's name, or the number itself when no account has it.</summary>
    public static string NameOf(uint uid)
    {
        var entry = OperatingSystem.IsLinux() ? GetPasswordEntryByUid(uid) : 0;
        return entry == 0 ? uid.ToString(System.Globalization.CultureInfo.InvariantCulture) : Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(entry))!;
    }

    /// <summary>The group's name (struct group also starts with it), or the number itself.</summary>
    public static string GroupNameOf(uint gid)
    {
        var entry = OperatingSystem.IsLinux() ? GetGroupEntryByGid(gid) : 0;
        return entry == 0 ? gid.ToString(System.Globalization.CultureInfo.InvariantCulture) : Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(entry))!;
    }

    [LibraryImport("libc", EntryPoint = "getpwnam", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint GetPasswordEntryByName(string name);

    [LibraryImport("libc", EntryPoint = "getpwuid")]
    private static partial nint GetPasswordEntryByUid(uint uid);

    [LibraryImport("libc", EntryPoint = "getgrgid")]
    private static partial nint GetGroupEntryByGid(uint gid);
}
