using System.Net;
using Xunit.Abstractions;

namespace Intake.EndToEnd.Tor;

/// <summary>
/// The private Tor network itself: the onion service runs with proof-of-work defences and its
/// published descriptor carries them, every daemon stays on 127.0.0.1, and the intake server
/// holds no network socket at all (only its Unix socket, which Tor forwards to).
/// </summary>
[Collection(TorNetworkTests.Name)]
public sealed class OnionServiceTests(OnionSite site, ITestOutputHelper output)
{
    // Six ORPorts (authorities and relays), three DirPorts (authorities), one SOCKS port (client).
    private const int ExpectedListeners = 10;

    [Fact]
    public void The_onion_service_has_proof_of_work_defences_on_and_its_descriptor_carries_them()
    {
        output.WriteLine($"tornet.sh start took {site.NetworkStartTime.TotalSeconds:F1} s:\n{site.Network.StartLog}");

        var service = site.Network.OnionServiceLog;
        Assert.Contains("Service PoW defenses are enabled", service, StringComparison.Ordinal);
        Assert.DoesNotContain("Service PoW defenses are disabled", service, StringComparison.Ordinal);
        Assert.Contains("Initializing pow_params in descriptor", service, StringComparison.Ordinal);
        // The client fetched the descriptor while tornet.sh checked the onion: it saw the parameters.
        Assert.Contains("PoW params present in descriptor", site.Network.ClientLog, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_tor_daemon_runs_and_uses_127_0_0_1_only_and_the_server_has_no_network_socket()
    {
        var status = site.Network.Status();
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Equal(
            ["auth1", "auth2", "auth3", "relay1", "relay2", "relay3", "onion", "client"],
            site.Network.Daemons.Select(daemon => daemon.Name));
        Assert.All(site.Network.Daemons, daemon => Assert.Contains($"{daemon.Name} {daemon.Pid} running", status.StdoutText, StringComparison.Ordinal));

        var sockets = site.Network.Daemons.SelectMany(daemon => ProcessSockets.Of(daemon.Pid).Select(socket => (daemon.Name, Socket: socket))).ToList();
        output.WriteLine(string.Join('\n', sockets.Select(entry => $"{entry.Name}: {entry.Socket}")));
        Assert.All(sockets, entry =>
        {
            Assert.Equal("tcp", entry.Socket.Protocol);
            Assert.Equal(IPAddress.Loopback, entry.Socket.Local.Address);
            Assert.True(entry.Socket.Listening || entry.Socket.Remote.Address.Equals(IPAddress.Loopback), $"{entry.Name} talks to {entry.Socket.Remote}");
        });
        Assert.Equal(ExpectedListeners, sockets.Count(entry => entry.Socket.Listening));
        Assert.Single(sockets, entry => entry.Name == "client" && entry.Socket.Listening && entry.Socket.Local.ToString() == site.Network.Socks);

        Assert.Empty(ProcessSockets.Of(site.Server.ProcessId));
    }
}
