using System.Runtime.Versioning;
using Intake.Server.Doctor;

namespace Intake.Server.Tests.Doctor;

/// <summary>
/// The onion directory check on directories made here, with a torrc naming this test's user as
/// Tor's (or another); a user who may not look into Tor's directory is stood in for.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class OnionDirectoryCheckTests : IDisposable
{
    private const string Socket = "/run/intake/intake.sock";
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly TempDirectory _tor = new("onion");

    private string Onion => _tor.File("intake");

    [Fact]
    public void A_directory_of_tor_s_user_closed_to_others_with_a_hostname_passes()
    {
        MakeOnion(OwnerOnly);

        var result = Check($"User {Environment.UserName}");

        Assert.True(result.Passed, result.ToString());
        Assert.Equal($"{Onion} belongs to {Environment.UserName}, mode 0700, and holds the service's hostname", result.Detail);
    }

    [Fact]
    public void A_stricter_mode_passes()
    {
        MakeOnion(UnixFileMode.UserRead | UnixFileMode.UserExecute);

        Assert.True(Check($"User {Environment.UserName}").Passed);
    }

    [Fact]
    public void The_directory_of_the_service_forwarding_to_the_socket_is_the_one_checked()
    {
        MakeOnion(OwnerOnly);
        var torrc = _tor.WriteText("torrc", $"User {Environment.UserName}\nHiddenServiceDir {Onion}/\nHiddenServicePort 80 unix:{Socket}\nHiddenServiceDir {_tor.File("other")}/\nHiddenServicePort 80 127.0.0.1:8080\n");

        var result = OnionDirectoryCheck.Run(TorConfiguration.Read(torrc), Socket);

        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void A_directory_owned_by_another_user_than_tor_s_fails_and_says_how_to_give_it_to_tor()
    {
        MakeOnion(OwnerOnly);
        var other = Environment.UserName == "nobody" ? "root" : "nobody";

        var result = Check($"User {other}");

        Assert.False(result.Passed);
        Assert.Equal($"{Onion}: it belongs to {Environment.UserName}, not to {other}, the user Tor runs as. Fix: chown -R {other}: {Onion}.", result.Detail);
    }

    [Fact]
    public void Without_a_user_line_tor_runs_as_debian_tor()
    {
        MakeOnion(OwnerOnly);

        var result = Check(string.Empty);

        // debian-tor owns nothing made here, and may not even exist on a test machine.
        Assert.False(result.Passed);
        Assert.Contains("debian-tor", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_that_does_not_exist_fails_and_says_to_install_tor()
    {
        MakeOnion(OwnerOnly);

        var result = Check("User no-such-tor-user");

        Assert.False(result.Passed);
        Assert.Equal($"{Onion}: Tor's user no-such-tor-user (torrc User, else Debian's default) does not exist. Fix: install Tor from Debian (apt install tor), or set User in {_tor.File("torrc")} to the user Tor runs as.", result.Detail);
    }

    [Fact]
    public void A_directory_others_may_read_without_a_hostname_fails_with_both_fixes()
    {
        Directory.CreateDirectory(Onion, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var result = Check($"User {Environment.UserName}");

        Assert.False(result.Passed);
        Assert.Equal($"{Onion}: its mode is 0755, so other users can read the service's key; it holds no hostname, so Tor has not published the service. Fix: chmod 0700 {Onion}; restart Tor (systemctl restart tor) and read journalctl -u tor.", result.Detail);
    }

    [Fact]
    public void A_missing_directory_fails_and_says_to_restart_tor()
    {
        var result = Check($"User {Environment.UserName}");

        Assert.False(result.Passed);
        Assert.Equal($"{Onion} does not exist: Tor makes it, with the service's key and hostname, when it starts with this configuration. Restart Tor (systemctl restart tor) and read why it did not in journalctl -u tor.", result.Detail);
    }

    [Fact]
    public void A_file_where_the_directory_should_be_fails()
    {
        _tor.WriteText("intake", "not a directory");

        var result = Check($"User {Environment.UserName}");

        Assert.False(result.Passed);
        Assert.StartsWith($"{Onion} is not a directory.", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_torrc_without_an_onion_service_fails_and_points_at_the_tor_line()
    {
        var torrc = _tor.WriteText("torrc", "SocksPort 9050\n");

        var result = OnionDirectoryCheck.Run(TorConfiguration.Read(torrc), Socket);

        Assert.False(result.Passed);
        Assert.Equal($"{torrc} names no HiddenServiceDir; add it as the \"Tor onion service\" line says.", result.Detail);
    }

    [Fact]
    public void A_user_who_may_not_look_into_tor_s_directory_is_told_to_use_sudo()
    {
        // As /var/lib/tor (debian-tor, 0700) is to anyone but root and Tor.
        var torrc = _tor.WriteText("torrc", $"HiddenServiceDir {Onion}/\nHiddenServicePort 80 unix:{Socket}\n");

        var result = OnionDirectoryCheck.Run(TorConfiguration.Read(torrc), Socket, _ => new FileStatus(FileStatus.PermissionDenied, 0, 0, 0, 0));

        Assert.False(result.Passed);
        Assert.Equal($"cannot look into {_tor.Path} as this user: it is debian-tor's alone. Run doctor with sudo: sudo intake doctor …", result.Detail);
    }

    public void Dispose()
    {
        // A read-only directory could not be emptied by a user who is not root.
        if (Directory.Exists(Onion))
        {
            File.SetUnixFileMode(Onion, OwnerOnly);
        }

        _tor.Dispose();
    }

    private void MakeOnion(UnixFileMode mode)
    {
        Directory.CreateDirectory(Onion);
        File.WriteAllText(Path.Combine(Onion, "hostname"), "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion\n");
        File.SetUnixFileMode(Onion, mode);
    }

    private CheckResult Check(string userLine)
    {
        var torrc = _tor.WriteText("torrc", $"{userLine}\nHiddenServiceDir {Onion}/\nHiddenServicePort 80 unix:{Socket}\nHiddenServicePoWDefensesEnabled 1\n");
        return OnionDirectoryCheck.Run(TorConfiguration.Read(torrc), Socket);
    }
}
