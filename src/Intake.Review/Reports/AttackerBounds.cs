namespace Intake.Review.Reports;

/// <summary>
/// The interval an attacker can pin a suppressed cell to from everything published: the other
/// cells, the equalities (totals, margins) and the bounds 0 ≤ cell ≤ upper bound. Computed as
/// two linear programmes over the suppressed cells only (published ones are constants).
/// </summary>
internal static class AttackerBounds
{
    public static (double Lower, double Upper) Of(SuppressionProblem problem, IReadOnlySet<int> suppressed, int cell)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(suppressed);
        var variables = suppressed.Order().ToList();
        var column = variables.Select((id, index) => (id, index)).ToDictionary(pair => pair.id, pair => pair.index);
        // Each suppressed cell gets a slack variable for its upper bound: x + s = upper.
        var width = variables.Count * 2;
        var rows = new List<double[]>();
        var rhs = new List<double>();
        foreach (var equality in problem.Equalities.Where(e => e.Terms.Any(term => suppressed.Contains(term.Cell))))
        {
            var row = new double[width];
            double constant = equality.Constant;
            foreach (var (term, coefficient) in equality.Terms)
            {
                if (column.TryGetValue(term, out var index))
                {
                    row[index] += coefficient;
                }
                else
                {
                    constant -= coefficient * problem.Value(term);
                }
            }
            rows.Add(row);
            rhs.Add(constant);
        }
        for (var i = 0; i < variables.Count; i++)
        {
            var row = new double[width];
            row[i] = 1;
            row[variables.Count + i] = 1;
            rows.Add(row);
            rhs.Add(problem.UpperBound(variables[i]));
        }
        var objective = new double[width];
        objective[column[cell]] = 1;
        var upper = SimplexLp.Maximize([.. rows], [.. rhs], objective);
        objective[column[cell]] = -1;
        var lower = SimplexLp.Maximize([.. rows], [.. rhs], objective);
        if (upper is null || lower is null)
        {
            throw new InvalidOperationException("The true table does not satisfy its own constraints.");
        }
        return (-lower.Value, upper.Value);
    }
}
