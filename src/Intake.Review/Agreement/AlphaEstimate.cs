namespace Intake.Review.Agreement;

/// <summary>
/// Krippendorff's alpha for one variable. <see cref="Alpha"/> is null when it is undefined,
/// and <see cref="Note"/> then says why; <see cref="Units"/> counts the pairable units (two or
/// more values) and <see cref="PairableValues"/> the values in them (Krippendorff's n).
/// </summary>
public sealed record AlphaEstimate(double? Alpha, int Units, int PairableValues, string? Note)
{
    public const string NothingToPair = "no unit has values from two or more coders: nothing to compare, alpha is undefined";

    public const string NoVariation = "every pairable value is the same: with no variation the expected disagreement is 0 and alpha is undefined (0/0)";
}
