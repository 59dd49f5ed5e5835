namespace Intake.Questionnaires;

/// <summary>A number within bounds, such as a year or the percentage of pay withheld.</summary>
public sealed record NumberQuestion : Question
{
    public required decimal Min { get; init; }

    public required decimal Max { get; init; }

    /// <summary>False for years and percentages; true lets "37,5" or "37.5" through.</summary>
    public bool AllowDecimals { get; init; }
}
