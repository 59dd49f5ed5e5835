namespace Intake.Review.Reports;

/// <summary>
/// Counts of cases by two categories, with its margins: the row totals are the one-way table
/// <see cref="RowTotals"/> and the column totals <see cref="ColumnTotals"/>, suppressed together
/// with the inner cells so no cell can be worked out by differencing.
/// </summary>
/// <param name="Cells">Cells[row][column], rows and columns in the order of the margin tables.</param>
public sealed record CrossTable(string Id, string Title, OneWayTable RowTotals, OneWayTable ColumnTotals, IReadOnlyList<IReadOnlyList<CountCell>> Cells)
{
    public int SuppressedCells => Cells.Sum(row => row.Count(cell => cell.Suppressed));
}
