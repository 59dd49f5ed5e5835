using System.Net.Sockets;

namespace Intake.Server.Doctor;

/// <summary>
/// The service's only way in is its Unix socket, which Tor reaches as the socket's group: it
/// exists, is a socket that something listens on, and other users may not connect to it.
/// </summary>
internal static class SocketCheck
{
    public const string Name = "service socket";

    private const UnixFileMode Other = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static CheckResult Run(string socketPath) =>
        OperatingSystem.IsLinux() ? Run(socketPath, FileStatus.Of, Connect) : CheckResult.Pass(Name, "not checked outside Linux");

    /// <param name="stat">How the path's status is read, and <paramref name="connect"/> how a connection is tried
    /// (tests stand in for a user who may not look).</param>
    public static CheckResult Run(string socketPath, Func<string, FileStatus> stat, Func<string, SocketError> connect)
    {
        ArgumentNullException.ThrowIfNull(stat);
        ArgumentNullException.ThrowIfNull(connect);
        var status = stat(socketPath);
        if (status.Denied)
        {
            return CheckResult.Fail(Name, $"cannot look into {Path.GetDirectoryName(socketPath)} as this user. Run doctor with sudo: sudo intake doctor …");
        }

        if (!status.Exists)
        {
            return CheckResult.Fail(Name, $"{socketPath} does not exist: the service is not running, or listens elsewhere. Start it (systemctl start intake) and read journalctl -u intake if it stops; give --socket PATH if the unit uses another path.");
        }

        if (!status.IsSocket)
        {
            return CheckResult.Fail(Name, $"{socketPath} is not a Unix socket. Remove it (rm {socketPath}) and restart the service: systemctl restart intake");
        }

        if ((status.Mode & Other) != 0)
        {
            return CheckResult.Fail(Name, $"{socketPath} has mode {status.OctalMode}: any local user can reach the service without Tor. Fix: chmod o-rwx {socketPath}, and run the service from deploy/systemd/intake.service (UMask=0077), which makes it 0660.");
        }

        var listening = connect(socketPath);
        var owner = $"owner {UserAccounts.NameOf(status.Uid)}, group {UserAccounts.GroupNameOf(status.Gid)}, mode {status.OctalMode}";
        return listening switch
        {
            SocketError.Success => CheckResult.Pass(Name, $"{socketPath} is a Unix socket the service listens on ({owner}), closed to other users"),
            SocketError.AccessDenied => CheckResult.Fail(Name, $"{socketPath} ({owner}) may not be opened by this user. Run doctor with sudo: sudo intake doctor …"),
            _ => CheckResult.Fail(Name, $"{socketPath} ({owner}) is left over: nothing listens on it ({listening}). Restart the service (systemctl restart intake) and read journalctl -u intake if it stops."),
        };
    }

    private static SocketError Connect(string socketPath)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(socketPath));
            return SocketError.Success;
        }
        catch (SocketException e)
        {
            return e.SocketErrorCode;
        }
    }
}
