namespace Intake.Review.Coding;

/// <summary>
/// The values a code takes. <see cref="Presence"/> codes take none (applied = present); the
/// others are case attributes whose value is checked by <see cref="CodeValues"/>.
/// </summary>
public enum CodeValueType
{
    Presence,

    /// <summary>ISO 3166-1 alpha-2, two uppercase letters.</summary>
    Country,

    /// <summary>One of <see cref="CodeDefinition.Values"/>.</summary>
    Choice,

    /// <summary>Free text, one line, at most <see cref="CodeValues.MaxTextLength"/> characters.</summary>
    Text,

    /// <summary>"YYYY" or "YYYY-YYYY", start not after end.</summary>
    Years,

    /// <summary>A number from 0 to 100.</summary>
    Percent,

    /// <summary>"yes" or "no".</summary>
    YesNo,
}
