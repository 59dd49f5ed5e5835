namespace Intake.Review.Tests.Reports;

/// <summary>
/// The test's own linear programme, written apart from the product's: every cell of a table is
/// a variable in [0, upper]; a published cell is pinned to its value; each known equality
/// (Σ coefficient × cell = constant) is a row. Bounds of one cell come from a textbook
/// big-M simplex (Bland's rule) over the full system, not only over the suppressed cells.
/// </summary>
internal static class BoundsLp
{
    public sealed record Equality(IReadOnlyList<(int Cell, int Coefficient)> Terms, int Constant);

    public static (double Lower, double Upper) Bounds(IReadOnlyList<int> values, IReadOnlyList<int> upper, IReadOnlyList<bool> suppressed, IReadOnlyList<Equality> equalities, int cell)
    {
        var n = values.Count;
        var rows = new List<(double[] A, double B)>();
        foreach (var equality in equalities)
        {
            var a = new double[2 * n];
            foreach (var (c, coefficient) in equality.Terms)
            {
                a[c] += coefficient;
            }
            rows.Add((a, equality.Constant));
        }
        for (var c = 0; c < n; c++)
        {
            var a = new double[2 * n];
            a[c] = 1;
            if (suppressed[c])
            {
                a[n + c] = 1; // x + slack = upper
                rows.Add((a, upper[c]));
            }
            else
            {
                rows.Add((a, values[c]));
            }
        }
        var objective = new double[2 * n];
        objective[cell] = 1;
        var max = Maximize(rows, objective);
        objective[cell] = -1;
        var min = -Maximize(rows, objective);
        return (min, max);
    }

    /// <summary>max c·x, A x = b, x ≥ 0, by big-M: artificial variables cost M in the objective.</summary>
    private static double Maximize(List<(double[] A, double B)> rows, double[] c)
    {
        const double BigM = 1e6;
        int m = rows.Count, n = c.Length, total = n + m;
        var t = new double[m, total + 1];
        var basis = new int[m];
        var cost = new double[total];
        for (var j = 0; j < n; j++)
        {
            cost[j] = c[j];
        }
        for (var i = 0; i < m; i++)
        {
            var sign = rows[i].B < 0 ? -1 : 1;
            for (var j = 0; j < n; j++)
            {
                t[i, j] = sign * rows[i].A[j];
            }
            t[i, n + i] = 1;
            t[i, total] = sign * rows[i].B;
            basis[i] = n + i;
            cost[n + i] = -BigM;
        }
        while (true)
        {
            // Reduced cost of column j: c_j − Σ_i cost[basis i] × t[i, j]; enter the first positive (Bland).
            var entering = -1;
            for (var j = 0; j < total && entering < 0; j++)
            {
                var reduced = cost[j];
                for (var i = 0; i < m; i++)
                {
                    reduced -= cost[basis[i]] * t[i, j];
                }
                if (reduced > 1e-7 && !basis.Contains(j))
                {
                    entering = j;
                }
            }
            if (entering < 0)
            {
                break;
            }
            var leaving = -1;
            for (var i = 0; i < m; i++)
            {
                if (t[i, entering] > 1e-9)
                {
                    var ratio = t[i, total] / t[i, entering];
                    var best = leaving < 0 ? double.PositiveInfinity : t[leaving, total] / t[leaving, entering];
                    if (ratio < best - 1e-9 || (Math.Abs(ratio - best) <= 1e-9 && basis[i] < basis[leaving]))
                    {
                        leaving = i;
                    }
                }
            }
            Assert.True(leaving >= 0, "every cell is bounded, so the programme cannot be unbounded");
            var pivot = t[leaving, entering];
            for (var j = 0; j <= total; j++)
            {
                t[leaving, j] /= pivot;
            }
            for (var i = 0; i < m; i++)
            {
                if (i != leaving && t[i, entering] != 0)
                {
                    var factor = t[i, entering];
                    for (var j = 0; j <= total; j++)
                    {
                        t[i, j] -= factor * t[leaving, j];
                    }
                }
            }
            basis[leaving] = entering;
        }
        for (var i = 0; i < m; i++)
        {
            Assert.False(basis[i] >= n && t[i, total] > 1e-6, "the true table must satisfy its own constraints");
        }
        return Enumerable.Range(0, m).Sum(i => basis[i] < n ? c[basis[i]] * t[i, total] : 0);
    }
}
