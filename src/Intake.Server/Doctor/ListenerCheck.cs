using System.Globalization;

namespace Intake.Server.Doctor;

/// <summary>
/// Onion-only binding: the service user has no TCP socket listening on anything but
/// loopback. Read from /proc/net/tcp and tcp6, whose lines carry each socket's owner uid.
/// The service user is the data directory's owner: the operator runs doctor with sudo, so
/// doctor's own uid (root) would say nothing about the service.
/// </summary>
internal static class ListenerCheck
{
    public const string Name = "onion-only binding";

    private const string Listen = "0A";

    public static CheckResult Run(string dataDirectory, string procNet = "/proc/net")
    {
        if (!OperatingSystem.IsLinux())
        {
            return CheckResult.Pass(Name, "not checked outside Linux");
        }

        var owner = FileStatus.Of(dataDirectory).Uid;
        return Run(procNet, owner.ToString(CultureInfo.InvariantCulture), $"{UserAccounts.NameOf(owner)} (uid {owner}, owner of {dataDirectory})");
    }

    /// <param name="user">Who <paramref name="uid"/> is, for the message.</param>
    public static CheckResult Run(string procNet, string uid, string user)
    {
        var exposed = new List<string>();
        foreach (var file in new[] { "tcp", "tcp6" })
        {
            var path = Path.Combine(procNet, file);
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 7 && fields[3] == Listen && fields[7] == uid && !IsLoopback(fields[1]))
                {
                    exposed.Add(fields[1]);
                }
            }
        }

        return exposed.Count == 0
            ? CheckResult.Pass(Name, $"the service user {user} listens on no public TCP address (use --socket for Tor)")
            : CheckResult.Fail(Name, $"the service user {user} listens on {exposed.Count} non-loopback TCP address(es) ({string.Join(", ", exposed)} in /proc/net hex). Serve on a Unix socket (intake serve --socket /run/intake/intake.sock) or 127.0.0.1 only.");
    }

    // "0100007F:1F90" is 127.0.0.1 in little-endian hex; IPv6 loopback is ::1, and
    // v4-mapped loopback ::ffff:127.x.x.x.
    private static bool IsLoopback(string address)
    {
        var host = address.Split(':')[0];
        return host.Length == 8
            ? host.EndsWith("7F", StringComparison.Ordinal)
            : host == "00000000000000000000000001000000" || (host.StartsWith("0000000000000000FFFF0000", StringComparison.Ordinal) && host.EndsWith("7F", StringComparison.Ordinal));
    }
}
