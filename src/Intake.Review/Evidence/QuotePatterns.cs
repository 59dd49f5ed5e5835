using System.Text.RegularExpressions;

namespace Intake.Review.Evidence;

/// <summary>The regular expressions of <see cref="QuoteChecker"/>, one per kind of detail.</summary>
internal static partial class QuotePatterns
{
    private const string MonthsEs = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre";
    private const string MonthsEn = "january|february|march|april|may|june|july|august|september|october|november|december";

    [GeneratedRegex(@"[\w.%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}")]
    public static partial Regex Email();

    // 12/03/2019, 12-03-19, 12.03.2019; 2019-03-12; 12 de marzo (de 2019); March 12, 2019; 12 March 2019.
    // A month and a year alone ("marzo de 2019") is not an exact date and is not matched.
    [GeneratedRegex(
        @"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/-]|\.\d)" +
        @"|(?<![\d/.-])\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?![\d/-]|\.\d)" +
        @"|\b\d{1,2}(?:º|°|ro)?\s+de\s+(?:" + MonthsEs + @")(?:\s+del?\s+\d{4})?\b" +
        @"|\b(?:" + MonthsEn + @")\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b" +
        @"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MonthsEn + @"),?\s+\d{4}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Date();

    // The Cuban carné de identidad: 11 digits, the first six the holder's birth date YYMMDD.
    [GeneratedRegex(@"(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{5}(?!\d)")]
    public static partial Regex IdentityCard();

    // Passport and ID-like numbers: a run of 6 or more letters and digits holding both (K1234567, AB-123456).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9](?:-?[A-Za-z0-9]){5,}(?![\p{L}\p{N}])")]
    public static partial Regex LettersAndDigits();

    // Digits and parenthesized area codes with at most one space, dot or dash between them:
    // +53 5 234 5678, 5234-5678, (0212) 555-1234, +58 412 555 1234.
    [GeneratedRegex(@"(?<![\p{L}\p{N}+])\+?(?:\(\d+\)|\d)(?:[ .-]?(?:\(\d+\)|\d))+")]
    public static partial Regex PhoneCandidate();

    [GeneratedRegex(@"^(?:19|20)\d\d\s?[-–/]\s?(?:19|20)\d\d$")]
    public static partial Regex YearRange();

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{3})+$")]
    public static partial Regex GroupedAmount();

    // Six or more digits alone: an all-digit passport or ID number.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\d{6,}(?![\p{L}\p{N}])")]
    public static partial Regex DigitRun();

    [GeneratedRegex(@"(?<!\p{L})\p{Lu}[\p{L}'’]*")]
    public static partial Regex CapitalizedWord();
}
