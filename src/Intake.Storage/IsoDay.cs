using System.Globalization;

namespace Intake.Storage;

/// <summary>
/// Days are stored as ISO 'YYYY-MM-DD' text: it sorts by date, reads the same in SQLite
/// and PostgreSQL, and cannot carry a time of day.
/// </summary>
internal static class IsoDay
{
    private const string Format = "yyyy-MM-dd";

    public static string ToText(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);
}
