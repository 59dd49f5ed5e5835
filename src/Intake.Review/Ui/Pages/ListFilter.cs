using Intake.Review.Workspace;

namespace Intake.Review.Ui.Pages;

/// <summary>
/// The list's filters as the GET form sends them: an exact day or a range of days (inclusive),
/// a country code, a sector code and a status. Blank fields filter nothing; a day that does not
/// parse is reported and left out rather than hiding every testimony.
/// </summary>
internal sealed record ListFilter
{
    public const string DayField = "day";
    public const string FromField = "from";
    public const string ToField = "to";
    public const string CountryField = "country";
    public const string SectorField = "sector";
    public const string StatusField = "status";

    public DateOnly? Day { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Country { get; init; }

    public string? Sector { get; init; }

    public TestimonyStatus? Status { get; init; }

    /// <summary>The day fields' values that are not days, as typed.</summary>
    public IReadOnlyList<string> InvalidDays { get; init; } = [];

    public static ListFilter Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var invalid = new List<string>();
        DateOnly? ParseDay(string field)
        {
            var value = Value(query, field);
            if (value is null)
            {
                return null;
            }
            if (IsoDay.TryParse(value, out var day))
            {
                return day;
            }
            invalid.Add(value);
            return null;
        }
        return new ListFilter
        {
            Day = ParseDay(DayField),
            From = ParseDay(FromField),
            To = ParseDay(ToField),
            Country = Value(query, CountryField),
            Sector = Value(query, SectorField),
            Status = StatusValues.Parse(Value(query, StatusField)),
            InvalidDays = invalid,
        };
    }

    public bool Matches(TestimonySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return (Day is null || summary.Day == Day)
            && (From is null || summary.Day >= From)
            && (To is null || summary.Day <= To)
            && (Country is null || string.Equals(summary.Country, Country, StringComparison.OrdinalIgnoreCase))
            && (Sector is null || string.Equals(summary.Sector, Sector, StringComparison.Ordinal))
            && (Status is null || summary.Status == Status);
    }

    /// <summary>The list page with these filters, so switching the reader language keeps them.</summary>
    public PageAddress Address(string language)
    {
        var query = new List<KeyValuePair<string, string>>();
        void Add(string field, string? value)
        {
            if (value is not null)
            {
                query.Add(new(field, value));
            }
        }
        Add(DayField, IsoDay.ToText(Day));
        Add(FromField, IsoDay.ToText(From));
        Add(ToField, IsoDay.ToText(To));
        Add(CountryField, Country);
        Add(SectorField, Sector);
        Add(StatusField, Status is { } status ? StatusValues.Of(status) : null);
        query.Add(new(PageAddress.LanguageParameter, language));
        return new PageAddress("/", query);
    }

    private static string? Value(IQueryCollection query, string field) =>
        query[field].ToString().Trim() is { Length: > 0 } value ? value : null;
}
