using System.Globalization;
using System.Reflection;

namespace Intake.Server.Doctor;

/// <summary>
/// The clock is sane, as far as an offline machine can tell: not before this build's date, not
/// before the newest file the service wrote, and, when Tor's consensus can be read, inside the
/// window Tor accepts (Tor will not build circuits with a clock far off, so the onion goes dark).
/// </summary>
internal static class ClockCheck
{
    public const string Name = "clock";

    /// <summary>Files written a moment ago by a clock a little ahead are no sign of trouble.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromMinutes(5);

    // Tor keeps the microdescriptor consensus, or the full one when UseMicrodescriptors is 0.
    private static readonly string[] ConsensusFiles = ["cached-microdesc-consensus", "cached-consensus"];

    /// <summary>
    /// The date set by the ClockNotBefore property in Intake.Server.csproj: a constant, so
    /// builds stay reproducible, where a file's write time would change with every copy.
    /// </summary>
    public static DateTimeOffset BuildNotBefore { get; } = DateTimeOffset.ParseExact(
        typeof(ClockCheck).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "ClockNotBefore").Value!,
        "yyyy-MM-dd",
        CultureInfo.InvariantCulture,
        DateTimeStyles.AssumeUniversal);

    public static CheckResult Run(string dataDirectory, string torDataDirectory, DateTimeOffset now) =>
        Run(dataDirectory, torDataDirectory, now, BuildNotBefore);

    public static CheckResult Run(string dataDirectory, string torDataDirectory, DateTimeOffset now, DateTimeOffset notBefore)
    {
        var found = new List<string>();
        var wrong = new List<string>();
        if (now < notBefore)
        {
            wrong.Add($"that is before {Day(notBefore)}, and this intake was built after it");
        }
        else
        {
            found.Add($"after this build's date {Day(notBefore)}");
        }

        var (newest, written) = NewestEntry(dataDirectory);
        if (newest is not null && now < written - Slack)
        {
            wrong.Add($"that is before {newest} was last written ({Time(written)}; if the clock is right, that file's date is wrong: touch -c {newest})");
        }
        else
        {
            found.Add(newest is null ? $"{dataDirectory} is empty" : $"after the newest file in {dataDirectory} ({Time(written)})");
        }

        TorConsensus(torDataDirectory, now, found, wrong);
        return wrong.Count == 0
            ? CheckResult.Pass(Name, $"it is {Time(now)}: {string.Join("; ", found)}")
            : CheckResult.Fail(Name, $"the clock says {Time(now)}, but {string.Join("; and ", wrong)}. Set the clock from a trusted one: timedatectl set-time 'YYYY-MM-DD HH:MM:SS' (UTC), or turn on time sync (timedatectl set-ntp true); then restart Tor and the service: systemctl restart tor intake");
    }

    private static void TorConsensus(string torDataDirectory, DateTimeOffset now, List<string> found, List<string> wrong)
    {
        var consensus = ConsensusFiles.Select(name => Path.Combine(torDataDirectory, name)).FirstOrDefault(File.Exists);
        if (consensus is null)
        {
            found.Add(OperatingSystem.IsLinux() && FileStatus.Of(Path.Combine(torDataDirectory, "cached-microdesc-consensus")).Denied
                ? $"Tor's consensus not compared: {torDataDirectory} is closed to this user (run doctor with sudo)"
                : $"no Tor consensus in {torDataDirectory} to compare with");
            return;
        }

        string[] header;
        try
        {
            // valid-after and valid-until are among the first lines; the rest is the relay list.
            header = File.ReadLines(consensus).Take(20).ToArray();
        }
        catch (UnauthorizedAccessException)
        {
            found.Add($"Tor's consensus not compared: {consensus} is closed to this user (run doctor with sudo)");
            return;
        }

        if (HeaderTime(header, "valid-after") is not { } validAfter || HeaderTime(header, "valid-until") is not { } validUntil)
        {
            found.Add($"Tor's consensus {consensus} not compared: it has no valid-after and valid-until lines");
        }
        else if (now < validAfter - TimeSpan.FromHours(1) || now > validUntil + TimeSpan.FromDays(1))
        {
            wrong.Add($"Tor's consensus {consensus} is valid from {Time(validAfter)} to {Time(validUntil)}, and Tor accepts a clock at most an hour before it or a day after");
        }
        else
        {
            found.Add($"within an hour before or a day after Tor's consensus ({Time(validAfter)} to {Time(validUntil)})");
        }
    }

    private static (string? Path, DateTimeOffset Written) NewestEntry(string directory) =>
        Directory.EnumerateFileSystemEntries(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(entry => ((string?)entry, new DateTimeOffset(File.GetLastWriteTimeUtc(entry))))
            .DefaultIfEmpty((null, DateTimeOffset.MinValue))
            .MaxBy(entry => entry.Item2);

    private static DateTimeOffset? HeaderTime(IEnumerable<string> header, string keyword) =>
        header.FirstOrDefault(line => line.StartsWith(keyword + " ", StringComparison.Ordinal)) is { } line
        && DateTimeOffset.TryParseExact(line[(keyword.Length + 1)..].Trim(), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
