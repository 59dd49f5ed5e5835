using Intake.Review.Reports;

namespace Intake.Review.Tests.Reports;

/// <summary>
/// Attacks a published country × sector table with its margins: every small cell (inner or
/// margin) must be suppressed, and its interval, solved by <see cref="BoundsLp"/> from every
/// published cell, row, column and grand total, must be at least two cases wide.
/// </summary>
internal static class CrossTableAudit
{
    /// <returns>How many small cells were checked.</returns>
    public static int AssertProtected(CrossTable table, int k, string trial)
    {
        int rows = table.RowTotals.Rows.Count, columns = table.ColumnTotals.Rows.Count, total = table.RowTotals.CaseCount;
        var cells = new List<CountCell>();
        cells.AddRange(table.Cells.SelectMany(row => row));
        cells.AddRange(table.RowTotals.Rows.Select(row => row.Cell));
        cells.AddRange(table.ColumnTotals.Rows.Select(row => row.Cell));
        int Inner(int i, int j) => i * columns + j;
        int RowTotal(int i) => rows * columns + i;
        int ColumnTotal(int j) => rows * columns + rows + j;

        var equalities = new List<BoundsLp.Equality>();
        for (var i = 0; i < rows; i++)
        {
            equalities.Add(new([.. Enumerable.Range(0, columns).Select(j => (Inner(i, j), 1)), (RowTotal(i), -1)], 0));
        }
        for (var j = 0; j < columns; j++)
        {
            equalities.Add(new([.. Enumerable.Range(0, rows).Select(i => (Inner(i, j), 1)), (ColumnTotal(j), -1)], 0));
        }
        equalities.Add(new([.. Enumerable.Range(0, rows).Select(i => (RowTotal(i), 1))], total));
        equalities.Add(new([.. Enumerable.Range(0, columns).Select(j => (ColumnTotal(j), 1))], total));
        foreach (var equality in equalities)
        {
            Assert.Equal(equality.Constant, equality.Terms.Sum(term => term.Coefficient * cells[term.Cell].Count));
        }
        return Audit(cells, equalities, total, k, trial);
    }

    /// <summary>Checks each small cell of <paramref name="cells"/> against the attacker's bounds; returns how many.</summary>
    public static int Audit(List<CountCell> cells, List<BoundsLp.Equality> equalities, int total, int k, string trial)
    {
        var values = cells.Select(cell => cell.Count).ToList();
        var upper = cells.Select(_ => total).ToList();
        var suppressed = cells.Select(cell => cell.Suppressed).ToList();
        var checkedCells = 0;
        for (var c = 0; c < cells.Count; c++)
        {
            if (cells[c].Count is > 0 and var small && small < k)
            {
                Assert.True(cells[c].Suppressed, $"{trial}: cell {c} = {small} is published");
                var (lower, high) = BoundsLp.Bounds(values, upper, suppressed, equalities, c);
                Assert.True(lower <= small + 1e-6 && small <= high + 1e-6, $"{trial}: the true value {small} of cell {c} is outside [{lower}, {high}]");
                Assert.True(high - lower >= 2 - 1e-6, $"{trial}: cell {c} = {small} can be pinned to [{lower:0.###}, {high:0.###}]");
                checkedCells++;
            }
        }
        return checkedCells;
    }
}
