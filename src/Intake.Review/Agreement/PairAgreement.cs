namespace Intake.Review.Agreement;

/// <summary>
/// Percent agreement as pairs: within each pairable unit, every unordered pair of values from
/// two different coders either agrees or not (a unit with m values has m(m − 1)/2 pairs).
/// </summary>
internal readonly record struct PairAgreement(long Agreeing, long Pairs)
{
    public static PairAgreement Of(IEnumerable<IReadOnlyList<double>> units)
    {
        long agreeing = 0;
        long pairs = 0;
        foreach (var unit in units.Where(values => values.Count >= 2))
        {
            pairs += (long)unit.Count * (unit.Count - 1) / 2;
            agreeing += unit.GroupBy(value => value).Sum(group => (long)group.Count() * (group.Count() - 1) / 2);
        }
        return new PairAgreement(agreeing, pairs);
    }

    /// <summary>0–100, or null when there is no pair to compare.</summary>
    public double? Percent => Pairs == 0 ? null : 100.0 * Agreeing / Pairs;
}
