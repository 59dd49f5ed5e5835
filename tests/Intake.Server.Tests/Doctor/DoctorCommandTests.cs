using System.Runtime.Versioning;
using System.Text;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Doctor;

/// <summary>
/// `intake doctor` run as the operator runs it, on a copy of a real deployment's data
/// directory: everything passes as deployed, and each thing broken gives its own FAIL line,
/// with how to fix it, and exit code 1.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class DoctorCommandTests(DeployedDataDirectory deployment) : IClassFixture<DeployedDataDirectory>
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Each way to break the deployment, the check that must fail, and words of the fix it must give.</summary>
    private static readonly Dictionary<string, (Action<string, string> Break, string Check, string[] Fix)> Breakages = new()
    {
        ["no reviewer key"] = (
            (data, _) => IntakeCommand.Run("recipients", "remove", "1", "--data", data).EnsureSuccess(),
            "reviewer keys",
            ["intake recipients add age1pq1"]),
        ["a secret key in a file of the data directory"] = (
            (data, _) => WritePrivate(Path.Combine(data, "reviewer-notes.txt"), Encoding.ASCII.GetBytes($"backup of the key:\n{AgeTool.Keygen().Secret}\n")),
            "no secret key on the server",
            ["reviewer-notes.txt", "delete it here", "make a new one"]),
        ["a secret key split across the 64 KiB read boundary"] = (
            (data, _) => WritePrivate(Path.Combine(data, "keys", "big.bin"), KeyAt(AgeTool.Keygen().Secret, (64 * 1024) - 7)),
            "no secret key on the server",
            ["big.bin"]),
        ["the data directory with mode 0755"] = (
            (data, _) => File.SetUnixFileMode(data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute),
            "data directory permissions",
            ["chmod -R go-rwx"]),
        ["the database readable by others"] = (
            (data, _) => File.SetUnixFileMode(Path.Combine(data, "intake.db"), OwnerReadWrite | UnixFileMode.OtherRead),
            "data directory permissions",
            ["intake.db", "chmod -R go-rwx"]),
        ["a torrc without proof-of-work defences"] = (
            (_, torrc) => File.WriteAllText(torrc, DeployedDataDirectory.GoodTorrc.Replace("HiddenServicePoWDefensesEnabled 1", string.Empty, StringComparison.Ordinal)),
            "Tor onion service",
            ["lacks: HiddenServicePoWDefensesEnabled 1", "reload Tor"]),
        ["a torrc forwarding to another socket"] = (
            (_, torrc) => File.WriteAllText(torrc, DeployedDataDirectory.GoodTorrc.Replace("/run/intake/intake.sock", "/run/other.sock", StringComparison.Ordinal)),
            "Tor onion service",
            ["lacks: HiddenServicePort 80 unix:/run/intake/intake.sock"]),
        ["no torrc"] = (
            (_, torrc) => File.Delete(torrc),
            "Tor onion service",
            ["does not exist", "--torrc PATH"]),
        ["no export key"] = (
            (data, _) => File.Delete(Path.Combine(data, "export-signing.key")),
            "export key",
            ["is missing", "restore it from a backup"]),
    };

    public static TheoryData<string> Broken => new(Breakages.Keys);

    [Fact]
    public void A_deployment_as_serve_leaves_it_passes_every_check()
    {
        using var directory = new TempDirectory("doctor");
        var (data, torrc) = deployment.Copy(directory);

        var report = DoctorReport.Run(data, torrc);

        report.AssertOnlyFailing();
        Assert.Equal($"{Path.Combine(data, "intake.db")} is intact (schema version 2)", report["database"].Detail);
        Assert.Equal("1 classic X25519 key(s); post-quantum keys (review keygen) also protect against a future quantum computer", report["reviewer keys"].Detail);
        Assert.StartsWith("intake-export1", report["export key"].Detail, StringComparison.Ordinal);
        Assert.Equal($"{torrc} forwards an onion service to unix:/run/intake/intake.sock with proof-of-work defences on", report["Tor onion service"].Detail);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_deployment_with_one_thing_broken_fails_that_check_with_its_fix_and_exits_1(string breakage)
    {
        using var directory = new TempDirectory("doctor");
        var (data, torrc) = deployment.Copy(directory);
        var (breakIt, check, fix) = Breakages[breakage];
        breakIt(data, torrc);

        var report = DoctorReport.Run(data, torrc);

        Assert.True(report.Result.ExitCode == 1, report.Result.ToString());
        report.AssertOnlyFailing(check);
        Assert.All(fix, words => Assert.Contains(words, report[check].Detail, StringComparison.Ordinal));
    }

    [Fact]
    public void The_secret_key_scan_does_not_print_the_key_it_found()
    {
        using var directory = new TempDirectory("doctor");
        var (data, torrc) = deployment.Copy(directory);
        var secret = AgeTool.Keygen().Secret;
        WritePrivate(Path.Combine(data, "pasted.txt"), Encoding.ASCII.GetBytes(secret));

        var report = DoctorReport.Run(data, torrc);

        Assert.False(report["no secret key on the server"].Passed);
        var keyMaterial = secret["AGE-SECRET-KEY-1".Length..];
        Assert.DoesNotContain(keyMaterial[..16], report.Result.StdoutText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(keyMaterial[..16], report.Result.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Random filler with the key starting at <paramref name="offset"/>, then more filler.</summary>
    internal static byte[] KeyAt(string secret, int offset)
    {
        var key = Encoding.ASCII.GetBytes(secret);
        var bytes = new byte[offset + key.Length + 1024];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        // Random bytes could by chance spell the prefix only with odds far below one in 2^100.
        key.CopyTo(bytes, offset);
        return bytes;
    }

    private static void WritePrivate(string path, byte[] contents)
    {
        File.WriteAllBytes(path, contents);
        File.SetUnixFileMode(path, OwnerReadWrite);
    }
}
