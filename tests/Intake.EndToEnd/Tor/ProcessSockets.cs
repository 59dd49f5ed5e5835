using System.Globalization;
using System.Net;

namespace Intake.EndToEnd.Tor;

/// <summary>
/// The TCP and UDP sockets one process holds, read from Linux's /proc: its open file
/// descriptors name socket inodes, and /proc/net/{tcp,tcp6,udp,udp6} give each inode's local
/// and remote address and state. Unix sockets are not listed.
/// </summary>
public sealed record ProcessSockets(string Protocol, IPEndPoint Local, IPEndPoint Remote, bool Listening)
{
    private const string TcpListenState = "0A";

    public static IReadOnlyList<ProcessSockets> Of(int pid)
    {
        var inodes = SocketInodes(pid);
        var sockets = new List<ProcessSockets>();
        foreach (var protocol in new[] { "tcp", "tcp6", "udp", "udp6" })
        {
            // "sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ..."
            foreach (var line in File.ReadLines($"/proc/net/{protocol}").Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (inodes.Contains(fields[9]))
                {
                    var listening = protocol.StartsWith("tcp", StringComparison.Ordinal) && fields[3] == TcpListenState;
                    sockets.Add(new ProcessSockets(protocol, Endpoint(fields[1]), Endpoint(fields[2]), listening));
                }
            }
        }
        return sockets;
    }

    public override string ToString() => $"{Protocol} {Local} -> {Remote}{(Listening ? " (listening)" : string.Empty)}";

    private static HashSet<string> SocketInodes(int pid)
    {
        var inodes = new HashSet<string>();
        foreach (var descriptor in Directory.EnumerateFiles($"/proc/{pid}/fd"))
        {
            string? target;
            try
            {
                target = new FileInfo(descriptor).LinkTarget;
            }
            catch (IOException)
            {
                continue; // closed meanwhile
            }
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
            {
                inodes.Add(target["socket:[".Length..^1]);
            }
        }
        return inodes;
    }

    // "0100007F:1F90": the address as 32-bit words in the kernel's (little-endian) byte order, then the port.
    private static IPEndPoint Endpoint(string text)
    {
        var (address, port) = (text[..text.IndexOf(':', StringComparison.Ordinal)], text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var bytes = Convert.FromHexString(address);
        for (var word = 0; word < bytes.Length; word += 4)
        {
            Array.Reverse(bytes, word, 4);
        }
        return new IPEndPoint(new IPAddress(bytes), int.Parse(port, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}
