using System.Text.RegularExpressions;

namespace Intake.Server.Doctor;

/// <summary>
/// Swap is off or encrypted: the service holds testimonies in memory before encrypting them,
/// and a page swapped to a plain disk outlives the process and a power-off. A swap device
/// passes when it is RAM (zram) or dm-crypt, itself or beneath it (LVM on LUKS, as Debian's
/// installer sets up "encrypted LVM"), read from /sys/block/NAME/dm/uuid and slaves/.
/// </summary>
internal static partial class SwapCheck
{
    public const string Name = "swap";

    private const string Fix =
        "Fix: turn swap off (swapoff -a, and delete the swap line from /etc/fstab; the service is limited to MemoryMax=512M), " +
        "or encrypt it with a new key at every boot: in /etc/crypttab `cryptswap DEVICE /dev/urandom swap,cipher=aes-xts-plain64,size=512` " +
        "and in /etc/fstab `/dev/mapper/cryptswap none swap sw 0 0`.";

    /// <param name="root">Where /proc, /sys and /dev are found ("/" but in tests).</param>
    public static CheckResult Run(string root = "/")
    {
        var swaps = Path.Combine(root, "proc/swaps");
        if (!File.Exists(swaps))
        {
            return CheckResult.Pass(Name, OperatingSystem.IsLinux() ? $"{swaps} does not exist: this kernel has no swap" : "not checked outside Linux");
        }

        var safe = new List<string>();
        var exposed = new List<string>();
        foreach (var fields in File.ReadLines(swaps).Skip(1).Select(line => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).Where(fields => fields.Length >= 2))
        {
            // The kernel escapes spaces and the like in names as \040.
            var path = OctalEscape().Replace(fields[0], escape => ((char)Convert.ToInt32(escape.Value[1..], 8)).ToString());
            var device = fields[1] == "partition" ? DeviceName(root, path) : null;
            if (device is null)
            {
                exposed.Add($"{path} is a swap file");
            }
            else if (device.StartsWith("zram", StringComparison.Ordinal))
            {
                safe.Add($"{path} is in RAM (zram)");
            }
            else if (IsEncrypted(root, device, 0))
            {
                safe.Add($"{path} is encrypted (dm-crypt)");
            }
            else
            {
                exposed.Add($"{path} is a plain partition");
            }
        }

        if (exposed.Count > 0)
        {
            return CheckResult.Fail(Name, $"{string.Join("; ", exposed)}: memory written there stays readable on the disk. {Fix}");
        }

        return CheckResult.Pass(Name, safe.Count == 0 ? "no swap is on" : string.Join("; ", safe));
    }

    // /dev/mapper/NAME and /dev/disk/by-*/… are symbolic links to the kernel's name (dm-1, sda2).
    private static string DeviceName(string root, string path)
    {
        var local = Path.Combine(root, path.TrimStart('/'));
        try
        {
            return Path.GetFileName(File.ResolveLinkTarget(local, returnFinalTarget: true)?.FullName ?? local);
        }
        catch (IOException)
        {
            return Path.GetFileName(local);
        }
    }

    private static bool IsEncrypted(string root, string device, int depth)
    {
        var block = Path.Combine(root, "sys/block", device);
        var uuid = Path.Combine(block, "dm/uuid");
        if (File.Exists(uuid) && File.ReadAllText(uuid).StartsWith("CRYPT-", StringComparison.Ordinal))
        {
            return true;
        }

        // Encrypted only if everything it is built on is: an LVM volume may span two disks.
        var slaves = Path.Combine(block, "slaves");
        var beneath = Directory.Exists(slaves) ? Directory.GetFileSystemEntries(slaves) : [];
        return depth < 8 && beneath.Length > 0 && beneath.All(slave => IsEncrypted(root, Path.GetFileName(slave), depth + 1));
    }

    [GeneratedRegex(@"\\[0-7]{3}")]
    private static partial Regex OctalEscape();
}
