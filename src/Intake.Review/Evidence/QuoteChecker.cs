using System.Text.RegularExpressions;

namespace Intake.Review.Evidence;

/// <summary>
/// Flags the details in a redacted quote that could identify its source: names on the list,
/// phone numbers, e-mail addresses, passport or ID-like numbers and exact dates. It errs
/// towards flagging: a reviewer resolves a harmless flag (a public figure's name, an amount)
/// once, and the export refuses any quote with a flag left unresolved.
/// </summary>
public sealed class QuoteChecker(NameList names)
{
    private const int MinimumPhoneDigits = 8;
    private const int MinimumInternationalPhoneDigits = 7;
    private const int MaximumPhoneDigits = 15;

    /// <summary>A checker with the shipped names list only.</summary>
    public static QuoteChecker Default { get; } = new(NameList.Shipped);

    /// <summary>The flags in <paramref name="quote"/>, by offset; the same text always gives the same flags in the same order.</summary>
    public IReadOnlyList<QuoteFlag> Check(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var flags = new List<QuoteFlag>();
        // In order of precedence: an e-mail's digits are not a phone, a date is not a phone.
        AddAll(flags, quote, FlagKind.Email, QuotePatterns.Email(), _ => true);
        AddAll(flags, quote, FlagKind.Date, QuotePatterns.Date(), _ => true);
        AddAll(flags, quote, FlagKind.DocumentNumber, QuotePatterns.IdentityCard(), _ => true);
        AddAll(flags, quote, FlagKind.DocumentNumber, QuotePatterns.LettersAndDigits(), _ => true);
        AddAll(flags, quote, FlagKind.Phone, QuotePatterns.PhoneCandidate(), IsPhone);
        AddAll(flags, quote, FlagKind.DocumentNumber, QuotePatterns.DigitRun(), _ => true);
        AddNames(flags, quote);
        return [.. flags.OrderBy(flag => flag.Offset)];
    }

    private static bool IsPhone(Match match)
    {
        var text = match.Value;
        var digits = text.Count(char.IsAsciiDigit);
        var minimum = text.StartsWith('+') ? MinimumInternationalPhoneDigits : MinimumPhoneDigits;
        return digits >= minimum && digits <= MaximumPhoneDigits
            && !QuotePatterns.YearRange().IsMatch(text) && !QuotePatterns.GroupedAmount().IsMatch(text);
    }

    // Adjacent names ("María González Pérez") make one flag, so the reviewer resolves a person once.
    private void AddNames(List<QuoteFlag> flags, string quote)
    {
        int? start = null;
        var end = 0;
        foreach (Match word in QuotePatterns.CapitalizedWord().Matches(quote))
        {
            if (!names.Contains(word.Value) || Overlaps(flags, word.Index, word.Length))
            {
                continue;
            }
            if (start is not null && quote.AsSpan(end, word.Index - end).IsWhiteSpace())
            {
                end = word.Index + word.Length;
                continue;
            }
            AddName(flags, quote, start, end);
            (start, end) = (word.Index, word.Index + word.Length);
        }
        AddName(flags, quote, start, end);
    }

    private static void AddName(List<QuoteFlag> flags, string quote, int? start, int end)
    {
        if (start is { } offset)
        {
            flags.Add(new QuoteFlag(FlagKind.Name, offset, end - offset, quote[offset..end]));
        }
    }

    private static void AddAll(List<QuoteFlag> flags, string quote, FlagKind kind, Regex pattern, Func<Match, bool> accept)
    {
        foreach (Match match in pattern.Matches(quote))
        {
            if (accept(match) && !Overlaps(flags, match.Index, match.Length))
            {
                flags.Add(new QuoteFlag(kind, match.Index, match.Length, match.Value));
            }
        }
    }

    private static bool Overlaps(List<QuoteFlag> flags, int offset, int length) =>
        flags.Exists(flag => offset < flag.Offset + flag.Length && flag.Offset < offset + length);
}
