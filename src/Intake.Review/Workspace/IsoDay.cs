using System.Globalization;

namespace Intake.Review.Workspace;

/// <summary>Days as the workspace stores them: ISO 'YYYY-MM-DD' text, never a time of day.</summary>
internal static class IsoDay
{
    private const string Format = "yyyy-MM-dd";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string ToText(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);
}
