namespace Intake.Server.Hosting;

/// <summary>The only time the server keeps about a submission: the UTC day, coarsened as configured.</summary>
public static class ReceivedDay
{
    public static DateOnly From(DateTimeOffset now, DayGranularity granularity)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        return granularity switch
        {
            DayGranularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            DayGranularity.Month => new DateOnly(day.Year, day.Month, 1),
            _ => day,
        };
    }
}
