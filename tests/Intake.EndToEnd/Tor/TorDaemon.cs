using System.Globalization;

namespace Intake.EndToEnd.Tor;

/// <summary>
/// One tor daemon as tornet.sh records it in DIR/daemons: node name, pid, and the process's
/// start time (clock ticks since boot, field 22 of /proc/PID/stat), which tells a recycled pid apart.
/// </summary>
public sealed record TorDaemon(string Name, int Pid, long StartTime)
{
    /// <summary>Reads DIR/daemons: one "NAME PID STARTTIME" line per daemon.</summary>
    public static IReadOnlyList<TorDaemon> ReadRecorded(string networkDirectory) =>
        File.ReadAllLines(Path.Combine(networkDirectory, "daemons"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split(' '))
            .Select(fields => new TorDaemon(fields[0], int.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[2], CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>The running process <paramref name="pid"/> as tornet.sh would record it under <paramref name="name"/>.</summary>
    public static TorDaemon Running(string name, int pid) =>
        new(name, pid, long.Parse(StatFields(File.ReadAllText($"/proc/{pid}/stat"))[19], CultureInfo.InvariantCulture));

    /// <summary>
    /// Whether this very process still runs: its /proc entry exists, it is not a zombie (the
    /// daemons are reparented to init, which reaps them when it gets to it), and it started when
    /// recorded.
    /// </summary>
    public bool IsRunning
    {
        get
        {
            string stat;
            try
            {
                stat = File.ReadAllText($"/proc/{Pid}/stat");
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException)
            {
                return false;
            }
            var fields = StatFields(stat);
            return fields[0] != "Z" && fields[19] == StartTime.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The line as tornet.sh writes it in DIR/daemons.</summary>
    public override string ToString() => FormattableString.Invariant($"{Name} {Pid} {StartTime}");

    // "PID (COMM) STATE ... STARTTIME ...": COMM may hold spaces, so count from its ')'.
    private static string[] StatFields(string stat) => stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
}
