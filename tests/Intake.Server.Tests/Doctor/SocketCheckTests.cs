using System.Net.Sockets;
using System.Runtime.Versioning;
using Intake.Server.Doctor;

namespace Intake.Server.Tests.Doctor;

/// <summary>The socket check on real sockets and files made here; a user who may not look is stood in for.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class SocketCheckTests : IDisposable
{
    private const string Sudo = "Run doctor with sudo: sudo intake doctor …";

    private readonly TempDirectory _directory = new("socket");
    private readonly Deployment _deployment;

    public SocketCheckTests()
    {
        _directory.CreateSubdirectory("run");
        _deployment = new Deployment(_directory.Path);
    }

    private string Socket => _deployment.Socket;

    [Fact]
    public void A_listening_socket_closed_to_other_users_passes_and_says_who_may_use_it()
    {
        _deployment.Listen();

        var result = SocketCheck.Run(Socket);

        Assert.True(result.Passed, result.ToString());
        var status = FileStatus.Of(Socket);
        Assert.Equal($"{Socket} is a Unix socket the service listens on (owner {UserAccounts.NameOf(status.Uid)}, group {UserAccounts.GroupNameOf(status.Gid)}, mode 0660), closed to other users", result.Detail);
    }

    [Fact]
    public void No_socket_fails_and_says_to_start_the_service()
    {
        var result = SocketCheck.Run(Socket);

        Assert.False(result.Passed);
        Assert.Equal($"{Socket} does not exist: the service is not running, or listens elsewhere. Start it (systemctl start intake) and read journalctl -u intake if it stops; give --socket PATH if the unit uses another path.", result.Detail);
    }

    [Fact]
    public void A_regular_file_fails_and_says_to_remove_it()
    {
        File.WriteAllText(Socket, "not a socket");

        var result = SocketCheck.Run(Socket);

        Assert.False(result.Passed);
        Assert.Equal($"{Socket} is not a Unix socket. Remove it (rm {Socket}) and restart the service: systemctl restart intake", result.Detail);
    }

    [Fact]
    public void A_socket_other_users_may_open_fails_and_says_how_to_close_it()
    {
        _deployment.Listen();
        File.SetUnixFileMode(Socket, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);

        var result = SocketCheck.Run(Socket);

        Assert.False(result.Passed);
        Assert.Equal($"{Socket} has mode 0662: any local user can reach the service without Tor. Fix: chmod o-rwx {Socket}, and run the service from deploy/systemd/intake.service (UMask=0077), which makes it 0660.", result.Detail);
    }

    [Fact]
    public void A_socket_nothing_listens_on_fails_and_says_to_restart_the_service()
    {
        _deployment.LeaveStaleSocket();

        var result = SocketCheck.Run(Socket);

        Assert.False(result.Passed);
        Assert.Contains("is left over: nothing listens on it (ConnectionRefused). Restart the service (systemctl restart intake) and read journalctl -u intake if it stops.", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_socket_in_a_directory_this_user_may_not_search_fails_and_says_to_use_sudo()
    {
        var result = SocketCheck.Run(Socket, _ => new FileStatus(FileStatus.PermissionDenied, 0, 0, 0, 0), _ => SocketError.Success);

        Assert.False(result.Passed);
        Assert.Equal($"cannot look into {Path.GetDirectoryName(Socket)} as this user. {Sudo}", result.Detail);
    }

    [Fact]
    public void A_socket_this_user_may_not_open_fails_and_says_to_use_sudo()
    {
        _deployment.Listen();

        var result = SocketCheck.Run(Socket, FileStatus.Of, _ => SocketError.AccessDenied);

        Assert.False(result.Passed);
        Assert.EndsWith($"may not be opened by this user. {Sudo}", result.Detail, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _deployment.Dispose();
        _directory.Dispose();
    }
}
