using System.Globalization;

namespace Intake.Review.Workspace;

/// <summary>Days as the workspace stores and the UI shows them: ISO 'YYYY-MM-DD' text, never a time of day.</summary>
internal static class IsoDay
{
    private const string Format = "yyyy-MM-dd";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string ToText(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    public static string? ToText(DateOnly? day) => day is { } value ? ToText(value) : null;

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
