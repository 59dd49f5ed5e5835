namespace Intake.Review.Reports;

/// <summary>
/// Everything a report publishes about the adjudicated cases, after disclosure control with
/// threshold <see cref="K"/>. <see cref="ExcludedCases"/>: cases left out because coders still
/// disagree on them (only with --allow-unresolved).
/// </summary>
public sealed record CaseReport(
    int CaseCount,
    int K,
    int ExcludedCases,
    OneWayTable Indicators,
    OneWayTable IndicatorsPerCase,
    OneWayTable Palermo,
    OneWayTable Countries,
    OneWayTable Sectors,
    CrossTable CountryBySector,
    OneWayTable Years,
    PayWithheldSummary PayWithheld)
{
    /// <summary>The one-way tables in the order the report shows them.</summary>
    public IReadOnlyList<OneWayTable> OneWayTables => [Indicators, IndicatorsPerCase, Palermo, Countries, Sectors, Years];

    public int SuppressedCells =>
        OneWayTables.Sum(table => table.SuppressedCells) + CountryBySector.SuppressedCells + (PayWithheld.Cases.Suppressed ? 1 : 0);
}
