using System.Globalization;
using System.Net;
using Intake.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Server.Tests.Submissions;

/// <summary>
/// The only time stored with a submission is the UTC day it arrived, coarsened to the Monday
/// of its week or the first of its month when the operator asks, and stored as bare ISO text.
/// </summary>
public sealed class ReceivedDayTests
{
    [Theory]
    [InlineData("Day")]
    [InlineData("Week")]
    [InlineData("Month")]
    public async Task The_stored_day_is_todays_UTC_date_coarsened_as_configured(string granularity)
    {
        await using var host = await IntakeHost.StartAsync(new HostOptions
        {
            Settings = new Dictionary<string, string?> { ["Intake:ReceivedDayGranularity"] = granularity },
        });
        var before = DateOnly.FromDateTime(DateTime.UtcNow);
        await SubmitAsync(host);
        var after = DateOnly.FromDateTime(DateTime.UtcNow);

        // Around midnight UTC either day is right.
        var expected = new[] { Coarsen(before, granularity), Coarsen(after, granularity) };
        var stored = Assert.Single(host.Database.ReceivedDays());
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", stored);
        Assert.Contains(stored, expected.Select(Iso));
        Assert.Equal(stored, Iso(Assert.Single(await host.Submissions.ListCompleteAsync()).ReceivedDay));
    }

    [Theory]
    [InlineData("Day", "2024-03-03T23:30:00-05:00", "2024-03-04")]
    [InlineData("Day", "2024-03-04T00:30:00+02:00", "2024-03-03")]
    [InlineData("Week", "2024-03-03T22:00:00+00:00", "2024-02-26")]
    [InlineData("Week", "2024-03-04T00:00:01+00:00", "2024-03-04")]
    [InlineData("Week", "2025-01-01T12:00:00+00:00", "2024-12-30")]
    [InlineData("Month", "2024-02-29T23:59:59+00:00", "2024-02-01")]
    [InlineData("Month", "2024-03-31T23:30:00-03:00", "2024-04-01")]
    public async Task The_stored_day_follows_the_clock_in_UTC(string granularity, string now, string expected)
    {
        var clock = new FixedClock(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        await using var host = await IntakeHost.StartAsync(new HostOptions
        {
            Settings = new Dictionary<string, string?> { ["Intake:ReceivedDayGranularity"] = granularity },
            Configure = builder => builder.Services.AddSingleton<TimeProvider>(clock),
        });

        await SubmitAsync(host);

        Assert.Equal(expected, Assert.Single(host.Database.ReceivedDays()));
    }

    private static async Task SubmitAsync(IntakeHost host)
    {
        using var browser = host.NewBrowser();
        var page = await browser.PostAsync("/submit?lang=es", FormAnswers.Minimal(await browser.LoadFormAsync()).File("a.txt", "text/plain", "a"u8.ToArray()));
        Assert.True(page.Status == HttpStatusCode.SeeOther, page.ToString());
    }

    private static DateOnly Coarsen(DateOnly day, string granularity) => granularity switch
    {
        "Week" => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        "Month" => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
