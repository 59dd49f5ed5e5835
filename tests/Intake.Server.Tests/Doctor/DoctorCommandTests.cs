using System.Runtime.Versioning;
using System.Text;
using Intake.Server.Doctor;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Doctor;

/// <summary>
/// `intake doctor` run as the operator runs it, on a copy of a real deployment: everything
/// passes as deployed, and each thing broken gives its own FAIL line, with how to fix it, and
/// exit code 1.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class DoctorCommandTests(DeployedDataDirectory deployment) : IClassFixture<DeployedDataDirectory>
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const string UnitFix = "Reinstall the unit from deploy/systemd/intake.service (or fix the drop-in in";

    /// <summary>Each way to break the deployment, the checks that must fail (the first gives the fix), and words of the fix.</summary>
    private static readonly Dictionary<string, (Action<Deployment> Break, string[] Checks, string[] Fix)> Breakages = new()
    {
        ["no reviewer key"] = (
            d => IntakeCommand.Run("recipients", "remove", "1", "--data", d.Data).EnsureSuccess(),
            ["reviewer keys"],
            ["intake recipients add age1pq1"]),
        ["a secret key in a file of the data directory"] = (
            d => WritePrivate(Path.Combine(d.Data, "reviewer-notes.txt"), Encoding.ASCII.GetBytes($"backup of the key:\n{AgeTool.Keygen().Secret}\n")),
            ["no secret key on the server"],
            ["reviewer-notes.txt", "delete it here", "make a new one"]),
        ["a secret key split across the 64 KiB read boundary"] = (
            d => WritePrivate(Path.Combine(d.Data, "keys", "big.bin"), KeyAt(AgeTool.Keygen().Secret, (64 * 1024) - 7)),
            ["no secret key on the server"],
            ["big.bin"]),
        ["the data directory with mode 0755"] = (
            d => File.SetUnixFileMode(d.Data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute),
            ["data directory permissions"],
            ["chmod -R go-rwx"]),
        ["the database readable by others"] = (
            d => File.SetUnixFileMode(Path.Combine(d.Data, "intake.db"), OwnerReadWrite | UnixFileMode.OtherRead),
            ["data directory permissions"],
            ["intake.db", "chmod -R go-rwx"]),
        ["no export key"] = (
            d => File.Delete(Path.Combine(d.Data, "export-signing.key")),
            ["export key"],
            ["is missing", "restore it from a backup"]),
        ["the service not running (no socket)"] = (
            d =>
            {
                d.StopListening();
                File.Delete(d.Socket);
            },
            ["service socket"],
            ["does not exist", "systemctl start intake"]),
        ["a socket any local user can open"] = (
            d => File.SetUnixFileMode(d.Socket, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite),
            ["service socket"],
            ["mode 0666", "chmod o-rwx"]),
        ["a socket left over by a service that stopped"] = (
            d => d.LeaveStaleSocket(),
            ["service socket"],
            ["nothing listens on it", "systemctl restart intake"]),
        ["a torrc fragment without proof-of-work defences"] = (
            d => Edit(d.TorFragment, "HiddenServicePoWDefensesEnabled 1", string.Empty),
            ["Tor onion service"],
            ["lacks: HiddenServicePoWDefensesEnabled 1", "systemctl restart tor"]),
        ["a torrc fragment forwarding to another socket"] = (
            d => Edit(d.TorFragment, $"unix:{d.Socket}", "unix:/run/other.sock"),
            ["Tor onion service"],
            ["lacks: HiddenServicePort 80 unix:"]),
        ["a torrc that does not include its fragment"] = (
            d => Edit(d.Torrc, "%include", "# %include"),
            ["Tor onion service", "onion service directory"],
            ["Tor does not read", "%include", "/*.conf"]),
        ["no torrc"] = (
            d => File.Delete(d.Torrc),
            ["Tor onion service", "onion service directory"],
            ["does not exist", "--torrc PATH"]),
        ["an onion directory other users can read"] = (
            d => File.SetUnixFileMode(d.OnionDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute),
            ["onion service directory"],
            ["its mode is 0750", "chmod 0700"]),
        ["an onion directory without a hostname"] = (
            d => File.Delete(Path.Combine(d.OnionDirectory, "hostname")),
            ["onion service directory"],
            ["holds no hostname", "systemctl restart tor"]),
        ["Tor running as a user that does not own the onion directory"] = (
            d => Edit(d.Torrc, $"User {Environment.UserName}", "User nobody"),
            ["onion service directory"],
            ["not to nobody", "chown -R nobody:"]),
        ["a drop-in that gives the service new privileges"] = (
            d =>
            {
                Directory.CreateDirectory(d.Unit + ".d");
                File.WriteAllText(Path.Combine(d.Unit + ".d", "override.conf"), "[Service]\nNoNewPrivileges=no\n");
            },
            ["service sandbox"],
            ["NoNewPrivileges=yes (found: no)", UnitFix, "systemctl daemon-reload && systemctl restart intake"]),
        ["a unit without the memory cap"] = (
            d => Edit(d.Unit, "MemoryMax=512M", string.Empty),
            ["service sandbox"],
            ["MemoryMax= (found: not set)", UnitFix]),
        ["no unit"] = (
            d => File.Delete(d.Unit),
            ["service sandbox"],
            ["does not exist", "--unit PATH"]),
        ["a data file written tomorrow"] = (
            d => File.SetLastWriteTimeUtc(Path.Combine(d.Data, "intake.db"), DateTime.UtcNow.AddDays(1)),
            ["clock"],
            ["intake.db was last written", "touch -c", "timedatectl"]),
        ["a Tor consensus from three days ago"] = (
            d => File.WriteAllText(d.Consensus, ConsensusFile.Text(DateTimeOffset.UtcNow.AddDays(-3), DateTimeOffset.UtcNow.AddDays(-3).AddHours(3))),
            ["clock"],
            ["Tor accepts a clock at most an hour before it or a day after", "timedatectl"]),
    };

    public static TheoryData<string> Broken => new(Breakages.Keys);

    [Fact]
    public async Task A_deployment_as_serve_leaves_it_passes_every_check()
    {
        using var directory = new TempDirectory("doctor");
        using var deployed = deployment.Copy(directory, listening: false);
        var unit = DeployedDataDirectory.RepositoryUnit;
        using var withRepositoryUnit = new Deployment(directory.Path) { Unit = unit };

        DoctorReport report;
        await using (var server = await ServerProcess.StartOnSocketAsync(deployed.Data, deployed.Socket))
        {
            report = DoctorReport.Run(withRepositoryUnit);
            Assert.Equal(0, (await server.StopAsync()).ExitCode);
        }

        report.AssertOnlyFailing();
        Assert.Equal($"{Path.Combine(deployed.Data, "intake.db")} is intact (schema version 2)", report["database"].Detail);
        Assert.Equal("1 classic X25519 key(s); post-quantum keys (review keygen) also protect against a future quantum computer", report["reviewer keys"].Detail);
        Assert.StartsWith("intake-export1", report["export key"].Detail, StringComparison.Ordinal);
        var user = Environment.UserName;
        Assert.Equal($"{deployed.Socket} is a Unix socket the service listens on (owner {user}, group {UserAccounts.GroupNameOf(FileStatus.Of(deployed.Socket).Gid)}, mode 0660), closed to other users", report["service socket"].Detail);
        var owner = FileStatus.Of(deployed.Data).Uid;
        Assert.Contains($"the service user {user} (uid {owner}, owner of {deployed.Data})", report["onion-only binding"].Detail, StringComparison.Ordinal);
        Assert.Equal($"{deployed.Torrc} with the 1 file(s) it includes forwards an onion service to unix:{deployed.Socket} with proof-of-work defences on", report["Tor onion service"].Detail);
        Assert.Equal($"{deployed.OnionDirectory} belongs to {user}, mode 0700, and holds the service's hostname", report["onion service directory"].Detail);
        Assert.StartsWith($"{unit} runs the service as intake with all 13 sandbox settings", report["service sandbox"].Detail, StringComparison.Ordinal);
        Assert.Contains($"after the newest file in {deployed.Data}", report["clock"].Detail, StringComparison.Ordinal);
        Assert.Contains("within an hour before or a day after Tor's consensus", report["clock"].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_deployment_with_one_thing_broken_fails_that_check_with_its_fix_and_exits_1(string breakage)
    {
        using var directory = new TempDirectory("doctor");
        using var deployed = deployment.Copy(directory);
        var (breakIt, checks, fix) = Breakages[breakage];
        breakIt(deployed);

        var report = DoctorReport.Run(deployed);

        Assert.True(report.Result.ExitCode == 1, report.Result.ToString());
        report.AssertOnlyFailing(checks);
        var detail = report[checks[0]].Detail;
        Assert.All(fix, words => Assert.True(detail.Contains(words, StringComparison.Ordinal), $"\"{words}\" is not in: {detail}"));
    }

    [Fact]
    public void The_secret_key_scan_does_not_print_the_key_it_found()
    {
        using var directory = new TempDirectory("doctor");
        using var deployed = deployment.Copy(directory);
        var secret = AgeTool.Keygen().Secret;
        WritePrivate(Path.Combine(deployed.Data, "pasted.txt"), Encoding.ASCII.GetBytes(secret));

        var report = DoctorReport.Run(deployed);

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

    private static void Edit(string path, string text, string replacement)
    {
        var contents = File.ReadAllText(path);
        Assert.Contains(text, contents, StringComparison.Ordinal);
        File.WriteAllText(path, contents.Replace(text, replacement, StringComparison.Ordinal));
    }

    private static void WritePrivate(string path, byte[] contents)
    {
        File.WriteAllBytes(path, contents);
        File.SetUnixFileMode(path, OwnerReadWrite);
    }
}
