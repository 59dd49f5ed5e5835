using Intake.Questionnaires;
using System.Globalization;

namespace Intake.Server.Questionnaire;

/// <summary>
/// Reads a number as a source types it on a phone: digits, an optional sign, spaces around it,
/// and, where decimals are allowed, either "," (as written in Spanish and Portuguese) or "."
/// as the decimal mark. No thousands separators, so "2.015" is never read as a year.
/// </summary>
internal static class FormNumber
{
    public static bool TryParse(string typed, bool allowDecimals, out decimal value)
    {
        var text = typed.Trim();
        var styles = NumberStyles.AllowLeadingSign;
        if (allowDecimals)
        {
            text = text.Replace(',', '.');
            styles |= NumberStyles.AllowDecimalPoint;
        }

        return decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out value);
    }
}
