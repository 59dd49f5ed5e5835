using Intake.Review.Coding;

namespace Intake.Review.Agreement;

/// <summary>
/// Krippendorff's alpha from the coincidence matrix (Krippendorff 2011, "Computing
/// Krippendorff's Alpha-Reliability"; Hayes and Krippendorff 2007):
/// alpha = 1 − D_o/D_e = 1 − (n − 1)·Σ o_ck·δ(c,k) / Σ n_c·n_k·δ(c,k).
/// A unit with m ≥ 2 values adds 1/(m − 1) to o_ck for every ordered pair of its values from
/// different coders; units with fewer than two values are not pairable and are dropped.
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>
    /// Alpha over <paramref name="units"/>, each the non-missing values the coders gave it. Nominal
    /// values are compared for equality only (category numbers will do); interval values by the
    /// square of their difference.
    /// </summary>
    public static AlphaEstimate Estimate(IEnumerable<IReadOnlyList<double>> units, MeasurementLevel level)
    {
        ArgumentNullException.ThrowIfNull(units);
        var coincidences = new Dictionary<(double C, double K), double>();
        var unitCount = 0;
        var pairable = 0;
        foreach (var unit in units.Where(values => values.Count >= 2))
        {
            unitCount++;
            pairable += unit.Count;
            AddUnit(coincidences, unit);
        }
        if (unitCount == 0)
        {
            return new AlphaEstimate(null, 0, 0, AlphaEstimate.NothingToPair);
        }

        var marginals = new Dictionary<double, double>();
        var observed = 0.0;
        foreach (var ((c, k), count) in coincidences)
        {
            marginals[c] = marginals.GetValueOrDefault(c) + count;
            observed += count * Difference(c, k, level);
        }
        var expected = 0.0;
        foreach (var (c, nc) in marginals)
        {
            foreach (var (k, nk) in marginals)
            {
                expected += nc * nk * Difference(c, k, level);
            }
        }
        // No variation at all: D_e = D_o = 0, and alpha is 0/0, not 1.
        return expected == 0
            ? new AlphaEstimate(null, unitCount, pairable, AlphaEstimate.NoVariation)
            : new AlphaEstimate(1 - ((pairable - 1) * observed / expected), unitCount, pairable, null);
    }

    private static void AddUnit(Dictionary<(double C, double K), double> coincidences, IReadOnlyList<double> unit)
    {
        var counts = unit.GroupBy(value => value).Select(group => (Value: group.Key, Count: group.Count())).ToList();
        double weight = unit.Count - 1;
        foreach (var (c, nc) in counts)
        {
            foreach (var (k, nk) in counts)
            {
                // Pairs of values from different coders: a value is not paired with itself.
                var pairs = c == k ? nc * (nc - 1) : nc * nk;
                if (pairs > 0)
                {
                    coincidences[(c, k)] = coincidences.GetValueOrDefault((c, k)) + (pairs / weight);
                }
            }
        }
    }

    private static double Difference(double c, double k, MeasurementLevel level) => level switch
    {
        MeasurementLevel.Nominal => c == k ? 0 : 1,
        MeasurementLevel.Interval => (c - k) * (c - k),
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown level of measurement"),
    };
}
