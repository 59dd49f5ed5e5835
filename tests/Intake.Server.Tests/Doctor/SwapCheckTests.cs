using Intake.Server.Doctor;

namespace Intake.Server.Tests.Doctor;

/// <summary>
/// The swap check on a /proc/swaps, /sys/block and /dev laid out here as the kernel and udev
/// lay them out (a /dev/mapper name is a link to ../dm-N; dm/uuid starts with CRYPT- for
/// dm-crypt and LVM- for a logical volume; slaves/ lists the devices beneath).
/// </summary>
public sealed class SwapCheckTests : IDisposable
{
    private const string Header = "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority";

    private readonly TempDirectory _root = new("swap");

    [Fact]
    public void No_swap_passes()
    {
        Swaps();

        var result = SwapCheck.Run(_root.Path);

        Assert.True(result.Passed);
        Assert.Equal("no swap is on", result.Detail);
    }

    [Fact]
    public void Zram_passes_as_ram()
    {
        Swaps("/dev/zram0 partition 4194300 0 100");
        Device("zram0");

        var result = SwapCheck.Run(_root.Path);

        Assert.True(result.Passed, result.ToString());
        Assert.Equal("/dev/zram0 is in RAM (zram)", result.Detail);
    }

    [Fact]
    public void A_dm_crypt_device_passes_whether_named_dm_N_or_by_its_mapper_link()
    {
        Swaps("/dev/dm-1 partition 1000444 0 -2", "/dev/mapper/cryptswap2 partition 1000444 0 -3");
        Device("dm-1", "CRYPT-PLAIN-cryptswap1");
        Device("dm-3", "CRYPT-PLAIN-cryptswap2");
        Directory.CreateDirectory(_root.File("dev/mapper"));
        File.CreateSymbolicLink(_root.File("dev/mapper/cryptswap2"), "../dm-3");

        var result = SwapCheck.Run(_root.Path);

        Assert.True(result.Passed, result.ToString());
        Assert.Equal("/dev/dm-1 is encrypted (dm-crypt); /dev/mapper/cryptswap2 is encrypted (dm-crypt)", result.Detail);
    }

    [Fact]
    public void A_logical_volume_on_luks_passes()
    {
        // Debian's installer, "guided - use entire disk and set up encrypted LVM".
        Swaps("/dev/dm-2 partition 999420 0 -2");
        Device("dm-2", "LVM-AbCdEf", "dm-0");
        Device("dm-0", "CRYPT-LUKS2-0123456789abcdef-vda3_crypt");

        Assert.True(SwapCheck.Run(_root.Path).Passed);
    }

    [Fact]
    public void A_logical_volume_on_a_plain_partition_fails()
    {
        Swaps("/dev/dm-2 partition 999420 0 -2");
        Device("dm-2", "LVM-AbCdEf", "vda3");

        var result = SwapCheck.Run(_root.Path);

        Assert.False(result.Passed);
        Assert.StartsWith("/dev/dm-2 is a plain partition: memory written there stays readable on the disk. Fix: turn swap off (swapoff -a", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logical_volume_spanning_an_encrypted_and_a_plain_device_fails()
    {
        Swaps("/dev/dm-2 partition 999420 0 -2");
        Device("dm-2", "LVM-AbCdEf", "dm-0", "vdb1");
        Device("dm-0", "CRYPT-LUKS2-0123456789abcdef-vda3_crypt");

        Assert.False(SwapCheck.Run(_root.Path).Passed);
    }

    [Fact]
    public void A_plain_partition_fails_and_says_how_to_turn_swap_off_or_encrypt_it()
    {
        Swaps("/dev/vda2 partition 999420 0 -2");

        var result = SwapCheck.Run(_root.Path);

        Assert.False(result.Passed);
        Assert.Equal(
            "/dev/vda2 is a plain partition: memory written there stays readable on the disk. " +
            "Fix: turn swap off (swapoff -a, and delete the swap line from /etc/fstab; the service is limited to MemoryMax=512M), " +
            "or encrypt it with a new key at every boot: in /etc/crypttab `cryptswap DEVICE /dev/urandom swap,cipher=aes-xts-plain64,size=512` " +
            "and in /etc/fstab `/dev/mapper/cryptswap none swap sw 0 0`.",
            result.Detail);
    }

    [Fact]
    public void A_swap_file_fails_and_only_it_is_named_beside_zram()
    {
        Swaps("/dev/zram0 partition 4194300 0 100", @"/swap\040file file 2097148 0 -2");
        Device("zram0");

        var result = SwapCheck.Run(_root.Path);

        Assert.False(result.Passed);
        Assert.StartsWith("/swap file is a swap file: memory written there stays readable on the disk. Fix: turn swap off (swapoff -a", result.Detail, StringComparison.Ordinal);
        Assert.Contains("/etc/crypttab", result.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("zram", result.Detail, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    private void Swaps(params string[] lines)
    {
        Directory.CreateDirectory(_root.File("proc"));
        File.WriteAllLines(_root.File("proc/swaps"), [Header, .. lines]);
    }

    private void Device(string name, string? uuid = null, params string[] slaves)
    {
        var block = Directory.CreateDirectory(_root.File($"sys/block/{name}")).FullName;
        if (uuid is not null)
        {
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(block, "dm")).FullName, "uuid"), uuid + "\n");
        }

        var beneath = Directory.CreateDirectory(Path.Combine(block, "slaves")).FullName;
        foreach (var slave in slaves)
        {
            File.CreateSymbolicLink(Path.Combine(beneath, slave), $"../../{slave}");
        }
    }
}
