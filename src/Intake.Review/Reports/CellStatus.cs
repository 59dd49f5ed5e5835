namespace Intake.Review.Reports;

/// <summary>Why a count is or is not shown.</summary>
public enum CellStatus
{
    Published,

    /// <summary>Fewer than k cases (but more than none): suppressed for itself.</summary>
    Primary,

    /// <summary>Suppressed so that a primary cell cannot be worked out from totals and margins.</summary>
    Complementary,
}

/// <summary>One count of cases as the report holds it; the outputs never say which suppressed cells are primary.</summary>
public sealed record CountCell(int Count, CellStatus Status)
{
    public bool Suppressed => Status != CellStatus.Published;

    /// <summary>The count as published, or null when suppressed.</summary>
    public int? Published => Suppressed ? null : Count;
}
