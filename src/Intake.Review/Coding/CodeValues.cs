using System.Globalization;
using System.Text.RegularExpressions;

namespace Intake.Review.Coding;

/// <summary>Checks and normalizes the value given with a code, by the code's value type.</summary>
public static partial class CodeValues
{
    public const int MaxTextLength = 200;

    /// <summary>An adjudicated decision that a presence code is absent, or that an attribute stays unrecorded.</summary>
    public const string Absent = "absent";

    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    /// <returns>The value as stored: null for a presence code, else the normalized value.</returns>
    /// <exception cref="ReviewException">The value does not fit the code.</exception>
    public static string? Check(CodeDefinition code, string? value)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.IsPresence)
        {
            return value is null ? null : throw Refuse(code, "it is an indicator or Palermo element and takes no value (applying it means present)");
        }
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw Refuse(code, "it is a case attribute and needs --value");
        }
        return code.ValueType switch
        {
            CodeValueType.Country => CountryPattern().IsMatch(text) ? text : throw Refuse(code, "the value is not an ISO 3166 country code (two uppercase letters, such as VE)"),
            CodeValueType.Choice => code.Values!.Contains(text, StringComparer.Ordinal) ? text : throw Refuse(code, $"the value is not one of {string.Join(", ", code.Values!)}"),
            CodeValueType.YesNo => text is "yes" or "no" ? text : throw Refuse(code, "the value is not yes or no"),
            CodeValueType.Percent => Percent(code, text),
            CodeValueType.Years => Years(code, text),
            _ => Text(code, text),
        };
    }

    private static string Percent(CodeDefinition code, string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) && percent <= 100
            ? percent.ToString("0.##", CultureInfo.InvariantCulture)
            : throw Refuse(code, "the value is not a percentage from 0 to 100 (such as 75 or 92.5)");

    private static string Years(CodeDefinition code, string text)
    {
        var match = YearsPattern().Match(text);
        if (match.Success)
        {
            var start = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var end = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : start;
            if (start is >= MinYear and <= MaxYear && end is >= MinYear and <= MaxYear && start <= end)
            {
                return text;
            }
        }
        throw Refuse(code, "the value is not YYYY or YYYY-YYYY with the start not after the end");
    }

    private static string Text(CodeDefinition code, string text) =>
        text.Length <= MaxTextLength && !text.Any(char.IsControl)
            ? text
            : throw Refuse(code, $"a value is one line of at most {MaxTextLength} characters");

    private static ReviewException Refuse(CodeDefinition code, string why) => new($"The value for {code.Id} was refused: {why}. Nothing was changed.");

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^([0-9]{4})(?:-([0-9]{4}))?$")]
    private static partial Regex YearsPattern();
}
