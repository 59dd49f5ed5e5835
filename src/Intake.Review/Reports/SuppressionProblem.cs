namespace Intake.Review.Reports;

/// <summary>
/// Count cells and what an attacker knows about them besides the published values: each cell
/// lies between 0 and an upper bound (a count of cases never exceeds the number of cases),
/// and linear equalities tie cells together (a table's cells add up to its published total, a
/// row of a cross table to its margin). The right-hand side of an equality is taken from the
/// true values: it must be a published number (a total of cases, or 0).
/// </summary>
internal sealed class SuppressionProblem
{
    private readonly List<int> _values = [];
    private readonly List<int> _upperBounds = [];
    private readonly List<Equality> _equalities = [];

    public int CellCount => _values.Count;

    public IReadOnlyList<Equality> Equalities => _equalities;

    public int Value(int cell) => _values[cell];

    public int UpperBound(int cell) => _upperBounds[cell];

    /// <summary>Adds a cell and returns its index.</summary>
    public int AddCell(int value, int upperBound)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(upperBound, value);
        _values.Add(value);
        _upperBounds.Add(upperBound);
        return _values.Count - 1;
    }

    /// <summary>Σ coefficient × cell equals a published number (computed here from the true values).</summary>
    public void AddEquality(IEnumerable<(int Cell, int Coefficient)> terms)
    {
        var list = terms.Where(term => term.Coefficient != 0).ToList();
        _equalities.Add(new Equality(list, list.Sum(term => term.Coefficient * _values[term.Cell])));
    }

    /// <summary>Whether the two cells appear together in some equality.</summary>
    public bool Linked(int cell, int other) =>
        _equalities.Any(equality => equality.Terms.Any(term => term.Cell == cell) && equality.Terms.Any(term => term.Cell == other));

    public sealed record Equality(IReadOnlyList<(int Cell, int Coefficient)> Terms, int Constant);
}
