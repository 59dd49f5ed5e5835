namespace Intake.Review.Reports;

/// <summary>
/// A small dense two-phase simplex: maximizes c·x subject to A·x = b and x ≥ 0. Disclosure
/// control needs it to see a table as an attacker would: how far a suppressed cell can move
/// while every published cell and margin stays what it is. Bland's rule keeps it from cycling;
/// the problems are a few dozen variables, so clarity beats speed.
/// </summary>
internal static class SimplexLp
{
    private const double Epsilon = 1e-9;

    /// <summary>The maximum of c·x, <see cref="double.PositiveInfinity"/> if unbounded, null if infeasible.</summary>
    public static double? Maximize(double[][] a, double[] b, double[] c)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(c);
        int rows = a.Length, columns = c.Length, width = columns + rows + 1;
        var tableau = new double[rows + 1][];
        var basis = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            // One artificial variable per row, with the row turned so its right-hand side is ≥ 0.
            var sign = b[i] < 0 ? -1.0 : 1.0;
            tableau[i] = new double[width];
            for (var j = 0; j < columns; j++)
            {
                tableau[i][j] = sign * a[i][j];
            }
            tableau[i][columns + i] = 1;
            tableau[i][width - 1] = sign * b[i];
            basis[i] = columns + i;
        }
        // Phase 1: maximize −Σ artificials; the objective row holds z_j − c_j.
        var objective = tableau[rows] = new double[width];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                objective[j] -= tableau[i][j];
            }
            objective[width - 1] -= tableau[i][width - 1];
        }
        Optimize(tableau, basis, width - 1);
        if (objective[width - 1] < -1e-7)
        {
            return null;
        }
        DriveOutArtificials(tableau, basis, columns);
        // Phase 2: the real objective, artificial columns barred from entering.
        Array.Clear(objective);
        for (var j = 0; j < columns; j++)
        {
            objective[j] = -c[j];
        }
        for (var i = 0; i < rows; i++)
        {
            if (basis[i] < columns && objective[basis[i]] != 0)
            {
                AddMultiple(objective, tableau[i], -objective[basis[i]]);
            }
        }
        return Optimize(tableau, basis, columns) ? objective[width - 1] : double.PositiveInfinity;
    }

    /// <summary>Pivots until no column below <paramref name="enterable"/> improves; false if unbounded.</summary>
    private static bool Optimize(double[][] tableau, int[] basis, int enterable)
    {
        var objective = tableau[^1];
        var rhs = objective.Length - 1;
        while (true)
        {
            var entering = -1;
            for (var j = 0; j < enterable && entering < 0; j++)
            {
                if (objective[j] < -Epsilon)
                {
                    entering = j;
                }
            }
            if (entering < 0)
            {
                return true;
            }
            var leaving = -1;
            var best = double.PositiveInfinity;
            for (var i = 0; i < basis.Length; i++)
            {
                if (tableau[i][entering] > Epsilon)
                {
                    var ratio = tableau[i][rhs] / tableau[i][entering];
                    if (ratio < best - Epsilon)
                    {
                        (best, leaving) = (ratio, i);
                    }
                    else if (ratio <= best + Epsilon && basis[i] < basis[leaving])
                    {
                        leaving = i;
                    }
                }
            }
            if (leaving < 0)
            {
                return false;
            }
            Pivot(tableau, basis, leaving, entering);
        }
    }

    // An artificial still basic (at zero) after phase 1 is swapped for any real column in its row;
    // a row with none is redundant and can never change again.
    private static void DriveOutArtificials(double[][] tableau, int[] basis, int columns)
    {
        for (var i = 0; i < basis.Length; i++)
        {
            if (basis[i] < columns)
            {
                continue;
            }
            for (var j = 0; j < columns; j++)
            {
                if (Math.Abs(tableau[i][j]) > 1e-7)
                {
                    Pivot(tableau, basis, i, j);
                    break;
                }
            }
        }
    }

    private static void Pivot(double[][] tableau, int[] basis, int row, int column)
    {
        var pivotRow = tableau[row];
        var pivot = pivotRow[column];
        for (var j = 0; j < pivotRow.Length; j++)
        {
            pivotRow[j] /= pivot;
        }
        for (var i = 0; i < tableau.Length; i++)
        {
            if (i != row && tableau[i][column] != 0)
            {
                AddMultiple(tableau[i], pivotRow, -tableau[i][column]);
            }
        }
        basis[row] = column;
    }

    private static void AddMultiple(double[] target, double[] source, double factor)
    {
        for (var j = 0; j < target.Length; j++)
        {
            target[j] += factor * source[j];
        }
    }
}
