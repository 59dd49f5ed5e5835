using Intake.Server.Doctor;

namespace Intake.Server.Tests.Doctor;

/// <summary>
/// The clock check with the time given, against files and a Tor consensus written here: each
/// thing compared passes when the clock is consistent with it and fails, naming it, when not.
/// </summary>
public sealed class ClockCheckTests : IDisposable
{
    private const string Fix = "Set the clock from a trusted one: timedatectl set-time 'YYYY-MM-DD HH:MM:SS' (UTC), or turn on time sync (timedatectl set-ntp true); then restart Tor and the service: systemctl restart tor intake";

    private static readonly DateTimeOffset Built = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2027, 3, 15, 12, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory _root = new("clock");

    public ClockCheckTests()
    {
        Directory.CreateDirectory(Data);
        Directory.CreateDirectory(Tor);
        File.WriteAllText(Database, "db");
        File.SetLastWriteTimeUtc(Database, Now.AddHours(-2).UtcDateTime);
        File.SetLastWriteTimeUtc(Data, Now.AddHours(-2).UtcDateTime);
    }

    private string Data => _root.File("data");

    private string Database => Path.Combine(Data, "intake.db");

    private string Tor => _root.File("tor");

    [Fact]
    public void A_clock_after_the_build_the_files_and_inside_the_consensus_window_passes_and_says_what_was_compared()
    {
        Consensus("cached-microdesc-consensus", Now.AddMinutes(-30), Now.AddHours(2.5));

        var result = ClockCheck.Run(Data, Tor, Now, Built);

        Assert.True(result.Passed, result.ToString());
        Assert.Equal(
            $"it is 2027-03-15 12:30:00 UTC: after this build's date 2026-11-24; after the newest file in {Data} (2027-03-15 10:30:00 UTC); " +
            "within an hour before or a day after Tor's consensus (2027-03-15 12:00:00 UTC to 2027-03-15 15:00:00 UTC)",
            result.Detail);
    }

    [Fact]
    public void Without_a_consensus_the_other_comparisons_are_made_and_it_says_so()
    {
        var result = ClockCheck.Run(Data, Tor, Now, Built);

        Assert.True(result.Passed, result.ToString());
        Assert.EndsWith($"; no Tor consensus in {Tor} to compare with", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void The_full_consensus_is_read_when_there_is_no_microdescriptor_one()
    {
        Consensus("cached-consensus", Now.AddDays(-5), Now.AddDays(-5).AddHours(3));

        var result = ClockCheck.Run(Data, Tor, Now, Built);

        Assert.False(result.Passed);
        Assert.Contains($"Tor's consensus {Path.Combine(Tor, "cached-consensus")} is valid from", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clock_before_the_build_date_fails()
    {
        var early = Built.AddDays(-1);
        File.SetLastWriteTimeUtc(Database, early.AddHours(-1).UtcDateTime);
        File.SetLastWriteTimeUtc(Data, early.AddHours(-1).UtcDateTime);

        var result = ClockCheck.Run(Data, Tor, early, Built);

        Assert.False(result.Passed);
        Assert.Equal($"the clock says 2026-11-23 00:00:00 UTC, but that is before 2026-11-24, and this intake was built after it. {Fix}", result.Detail);
    }

    [Fact]
    public void A_clock_before_the_newest_file_fails_naming_the_file()
    {
        File.SetLastWriteTimeUtc(Database, Now.AddHours(3).UtcDateTime);

        var result = ClockCheck.Run(Data, Tor, Now, Built);

        Assert.False(result.Passed);
        Assert.Equal($"the clock says 2027-03-15 12:30:00 UTC, but that is before {Database} was last written (2027-03-15 15:30:00 UTC; if the clock is right, that file's date is wrong: touch -c {Database}). {Fix}", result.Detail);
    }

    [Fact]
    public void A_file_written_within_the_slack_ahead_passes()
    {
        File.SetLastWriteTimeUtc(Database, (Now + ClockCheck.Slack - TimeSpan.FromSeconds(10)).UtcDateTime);

        Assert.True(ClockCheck.Run(Data, Tor, Now, Built).Passed);
    }

    [Theory]
    [InlineData(-59, true)]
    [InlineData(-61, false)]
    [InlineData(3 * 60 + (23 * 60), true)]
    [InlineData(3 * 60 + (24 * 60) + 1, false)]
    public void The_consensus_window_reaches_an_hour_before_valid_after_and_a_day_after_valid_until(int minutesFromValidAfter, bool passes)
    {
        var validAfter = Now.AddMinutes(-minutesFromValidAfter);
        Consensus("cached-microdesc-consensus", validAfter, validAfter.AddHours(3));

        var result = ClockCheck.Run(Data, Tor, Now, Built);

        Assert.True(result.Passed == passes, result.ToString());
        if (!passes)
        {
            Assert.Contains("Tor accepts a clock at most an hour before it or a day after", result.Detail, StringComparison.Ordinal);
            Assert.EndsWith(Fix, result.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_consensus_without_its_dates_is_not_compared_and_it_says_so()
    {
        File.WriteAllText(Path.Combine(Tor, "cached-microdesc-consensus"), "network-status-version 3 microdesc\n");

        var result = ClockCheck.Run(Data, Tor, Now, Built);

        Assert.True(result.Passed, result.ToString());
        Assert.Contains("not compared: it has no valid-after and valid-until lines", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void This_build_s_date_is_set_in_the_project()
    {
        Assert.True(ClockCheck.BuildNotBefore >= Built, ClockCheck.BuildNotBefore.ToString());
    }

    public void Dispose() => _root.Dispose();

    private void Consensus(string name, DateTimeOffset validAfter, DateTimeOffset validUntil) =>
        File.WriteAllText(Path.Combine(Tor, name), ConsensusFile.Text(validAfter, validUntil));
}
