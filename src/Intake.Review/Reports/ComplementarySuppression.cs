namespace Intake.Review.Reports;

/// <summary>
/// Disclosure control for one <see cref="SuppressionProblem"/>: every cell with 0 &lt; count &lt; k
/// is suppressed (primary), then more cells are suppressed (complementary) until the interval
/// an attacker can derive for each primary cell from the published cells, totals and margins
/// (<see cref="AttackerBounds"/>) is at least <see cref="ProtectionWidth"/> cases wide. A count
/// of 0 is published: it discloses no one. k = 1 suppresses nothing.
/// </summary>
internal static class ComplementarySuppression
{
    /// <summary>Upper − lower bound of every primary cell: never narrowed down to one case.</summary>
    public const double ProtectionWidth = 2;

    private const double Tolerance = 1e-6;

    public static CellStatus[] Apply(SuppressionProblem problem, int k)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var status = Enumerable.Range(0, problem.CellCount)
            .Select(cell => problem.Value(cell) > 0 && problem.Value(cell) < k ? CellStatus.Primary : CellStatus.Published)
            .ToArray();
        var suppressed = Enumerable.Range(0, status.Length).Where(cell => status[cell] != CellStatus.Published).ToHashSet();
        // Suppressing more only widens intervals, so a cell protected once stays protected.
        foreach (var cell in suppressed.OrderBy(problem.Value).ThenBy(cell => cell).ToList())
        {
            while (Width(problem, suppressed, cell) < ProtectionWidth - Tolerance)
            {
                var complement = ChooseComplement(problem, suppressed, cell)
                    ?? throw new InvalidOperationException("A small cell cannot be protected even with every cell suppressed.");
                suppressed.Add(complement);
                status[complement] = CellStatus.Complementary;
            }
        }
        return status;
    }

    private static double Width(SuppressionProblem problem, IReadOnlySet<int> suppressed, int cell)
    {
        var (lower, upper) = AttackerBounds.Of(problem, suppressed, cell);
        return upper - lower;
    }

    /// <summary>
    /// The next cell to suppress for <paramref name="cell"/>: looked for first among cells sharing
    /// an equality with it, then among cells sharing one with any suppressed cell, then anywhere.
    /// In each ring, the smallest cell that protects it outright wins; failing that, the one that
    /// widens its interval most. Smallest first, so a complementary cell hides as little as
    /// possible, but empty cells last: hiding a 0 beside a 2 would still say "at most 2".
    /// </summary>
    private static int? ChooseComplement(SuppressionProblem problem, HashSet<int> suppressed, int cell)
    {
        var open = Enumerable.Range(0, problem.CellCount).Where(other => !suppressed.Contains(other))
            .OrderBy(other => problem.Value(other) == 0).ThenBy(problem.Value).ThenBy(other => other).ToList();
        if (open.Count == 0)
        {
            return null;
        }
        var current = Width(problem, suppressed, cell);
        IEnumerable<IEnumerable<int>> rings =
        [
            open.Where(other => problem.Linked(cell, other)),
            open.Where(other => suppressed.Any(hidden => problem.Linked(hidden, other))),
            open,
        ];
        foreach (var ring in rings)
        {
            int? widest = null;
            var widestWidth = current;
            foreach (var candidate in ring)
            {
                suppressed.Add(candidate);
                var width = Width(problem, suppressed, cell);
                suppressed.Remove(candidate);
                if (width >= ProtectionWidth - Tolerance)
                {
                    return candidate;
                }
                if (width > widestWidth + Tolerance)
                {
                    (widest, widestWidth) = (candidate, width);
                }
            }
            if (widest is not null)
            {
                return widest;
            }
        }
        // No single cell helps yet (a cycle needs two more): take the smallest linked cell and go on.
        return open.Where(other => suppressed.Any(hidden => problem.Linked(hidden, other))).Cast<int?>().FirstOrDefault() ?? open[0];
    }
}
