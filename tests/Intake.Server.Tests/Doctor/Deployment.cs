using System.Net.Sockets;
using System.Runtime.Versioning;

namespace Intake.Server.Tests.Doctor;

/// <summary>
/// One test's copy of a deployment, laid out as on a server but inside a temporary directory:
/// the data directory, the service's socket, Tor's torrc (with the repository's fragment
/// included from torrc.d), Tor's data directory with a fresh consensus, the onion service's
/// directory, and the systemd unit.
/// </summary>
internal sealed class Deployment(string root) : IDisposable
{
    public string Data => Path.Combine(root, "data");

    public string Socket => Path.Combine(root, "run", "intake.sock");

    public string Torrc => Path.Combine(root, "tor", "torrc");

    /// <summary>The fragment deploy/install.sh writes: the repository's deploy/tor/intake.conf with this copy's paths.</summary>
    public string TorFragment => Path.Combine(root, "tor", "torrc.d", "intake.conf");

    public string TorData => Path.Combine(root, "tor", "data");

    public string Consensus => Path.Combine(TorData, "cached-microdesc-consensus");

    public string OnionDirectory => Path.Combine(root, "tor", "onion");

    public string Unit { get; init; } = Path.Combine(root, "systemd", "intake.service");

    /// <summary>The listening socket standing in for the service, if the test did not start one.</summary>
    public Socket? Listener { get; private set; }

    /// <summary>Binds and listens on <see cref="Socket"/>, mode 0660 as the service makes it.</summary>
    [UnsupportedOSPlatform("windows")]
    public void Listen()
    {
        Listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        Listener.Bind(new UnixDomainSocketEndPoint(Socket));
        Listener.Listen();
        File.SetUnixFileMode(Socket, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);
    }

    /// <summary>
    /// Leaves the socket file as a service that died leaves it: a socket nothing listens on.
    /// (.NET removes a socket's file when it closes it, so this one stays bound, not listening.)
    /// </summary>
    [UnsupportedOSPlatform("windows")]
    public void LeaveStaleSocket()
    {
        StopListening();
        Listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        Listener.Bind(new UnixDomainSocketEndPoint(Socket));
        File.SetUnixFileMode(Socket, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);
    }

    public void StopListening()
    {
        Listener?.Dispose();
        Listener = null;
    }

    public void Dispose() => StopListening();
}
