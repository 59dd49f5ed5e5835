namespace Intake.Review.Reports;

/// <summary>
/// Sample quantiles by linear interpolation between order statistics: Hyndman and Fan's type 7,
/// the default of R and of spreadsheet QUARTILE.INC, so an analyst can check the numbers.
/// </summary>
internal static class Quartiles
{
    /// <param name="sorted">At least one value, in ascending order.</param>
    /// <param name="p">Between 0 and 1.</param>
    public static double Type7(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var h = (sorted.Count - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
