using System.Globalization;
using System.Text;

namespace Intake.Review.Commands;

/// <summary>
/// Text from a testimony made safe to print: a source (or someone posing as one) could put
/// terminal escape sequences or bidirectional overrides in an answer to rewrite what the
/// reviewer's terminal shows. Those become U+FFFD; line breaks and tabs stay.
/// </summary>
internal static class TerminalText
{
    private const char Replacement = '\uFFFD';

    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            safe.Append(IsAllowed(c) ? c : Replacement);
        }
        return safe.ToString();
    }

    private static bool IsAllowed(char c) =>
        c is '\n' or '\t'
        || (!char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format);
}
