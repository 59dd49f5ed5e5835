using System.Globalization;

namespace Intake.Server.Tests.Doctor;

/// <summary>Tor's cached consensus, with only the header lines the clock check reads.</summary>
internal static class ConsensusFile
{
    public static string Text(DateTimeOffset validAfter, DateTimeOffset validUntil) => $"""
        network-status-version 3 microdesc
        vote-status consensus
        consensus-method 34
        valid-after {Format(validAfter)}
        fresh-until {Format(validAfter.AddHours(1))}
        valid-until {Format(validUntil)}
        voting-delay 300 300

        """;

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
