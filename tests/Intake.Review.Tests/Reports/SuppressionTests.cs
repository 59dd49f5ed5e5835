using Intake.Review.Reports;

namespace Intake.Review.Tests.Reports;

/// <summary>
/// Disclosure control: every count of 1 to k−1 is suppressed, and for random tables with
/// small cells (seeded, many trials) no suppressed count can be narrowed to less than two
/// cases from what is published, the attacker's interval solved independently: exactly for a
/// one-way table with its total, by this test's own linear programme for the rest.
/// </summary>
public sealed class SuppressionTests
{
    [Fact]
    public void A_single_small_cell_gets_the_next_smallest_as_its_complement()
    {
        var table = ReportBuilder.Partition("t", "t", "t", [("a", 12), ("b", 2), ("c", 7), ("d", 0), ("e", 30)], 51, k: 5);

        Assert.Equal([CellStatus.Published, CellStatus.Primary, CellStatus.Complementary, CellStatus.Published, CellStatus.Published], table.Rows.Select(row => row.Cell.Status));
        Assert.Null(table.Percent(table.Row("b")));
        Assert.Null(table.Percent(table.Row("c")));
        Assert.Equal("0.0", table.Percent(table.Row("d")));
    }

    [Fact]
    public void With_k_1_everything_is_published()
    {
        var random = new Random(7);
        var cases = Cases.Grid(RandomGrid(random, 4, 5));
        var report = ReportBuilder.Build(cases, k: 1);

        Assert.Equal(0, report.SuppressedCells);
        Assert.All(report.OneWayTables.SelectMany(table => table.Rows), row => Assert.NotNull(row.Cell.Published));
        Assert.NotNull(report.PayWithheld.Cases.Published);
    }

    [Fact]
    public void One_way_tables_with_a_total_never_give_a_small_cell_away()
    {
        var random = new Random(20240501);
        for (var trial = 0; trial < 400; trial++)
        {
            var k = random.Next(2, 7);
            var counts = Enumerable.Range(0, random.Next(2, 9)).Select(i => ($"r{i}", random.Next(0, 3) == 0 ? random.Next(0, k) : random.Next(0, 15))).ToList();
            var total = counts.Sum(row => row.Item2);
            if (total < k)
            {
                continue;
            }
            var table = ReportBuilder.Partition("t", "t", "t", counts, total, k);
            AssertPrimaryCellsAreSmallOnes(table.Rows.Select(row => row.Cell), k, trial);
            var hidden = table.Rows.Where(row => row.Cell.Suppressed).ToList();
            var hiddenSum = total - table.Rows.Sum(row => row.Cell.Published ?? 0);
            foreach (var row in hidden.Where(row => row.Cell.Status == CellStatus.Primary))
            {
                // Exactly: the suppressed cells share what the published ones leave of the total, each within [0, total].
                var lower = Math.Max(0, hiddenSum - (hidden.Count - 1) * total);
                var upper = Math.Min(total, hiddenSum);
                Assert.True(upper - lower >= 2, $"trial {trial}: {row.Key} = {row.Cell.Count} lies in [{lower}, {upper}]");
            }
        }
    }

    [Fact]
    public void The_country_by_sector_table_and_its_margins_never_give_a_small_cell_away()
    {
        var random = new Random(1789);
        var checkedCells = 0;
        for (var trial = 0; trial < 120; trial++)
        {
            var k = random.Next(2, 6);
            var grid = RandomGrid(random, random.Next(2, 5), random.Next(2, 5));
            if (grid.Sum(row => row.Sum()) < k)
            {
                continue;
            }
            var report = ReportBuilder.Build(Cases.Grid(grid), k);
            checkedCells += CrossTableAudit.AssertProtected(report.CountryBySector, k, $"trial {trial} (k = {k})");
        }
        Assert.True(checkedCells > 100, $"only {checkedCells} small cells were checked: the trials are too easy");
    }

    [Fact]
    public void Indicator_counts_and_indicators_per_case_never_give_a_small_cell_away_together()
    {
        var random = new Random(11);
        var checkedCells = 0;
        for (var trial = 0; trial < 60; trial++)
        {
            var k = random.Next(2, 6);
            var cases = Enumerable.Range(0, random.Next(k, 25))
                .Select(_ => Cases.Of(presentCodes: [.. Indicators.Where(_ => random.Next(0, 4) == 0)]))
                .ToList();
            var report = ReportBuilder.Build(cases, k);
            checkedCells += IndicatorAudit.AssertProtected(report, k, $"trial {trial} (k = {k})");
        }
        Assert.True(checkedCells > 50, $"only {checkedCells} small cells were checked");
    }

    [Fact]
    public void The_test_programme_finds_a_cell_given_away_by_a_lone_suppression()
    {
        // Row a: 3 | 1 | 4 with the 1 suppressed alone: the margin gives it back.
        var values = new[] { 3, 1, 4 };
        var bounds = BoundsLp.Bounds(values, [8, 8, 8], [false, true, false], [new BoundsLp.Equality([(0, 1), (1, 1), (2, -1)], 0)], 1);
        Assert.Equal(1, bounds.Lower, 6);
        Assert.Equal(1, bounds.Upper, 6);
    }

    internal static readonly string[] Indicators = [.. ReportCodesForTests.Ilo];

    internal static void AssertPrimaryCellsAreSmallOnes(IEnumerable<CountCell> cells, int k, int trial)
    {
        foreach (var cell in cells)
        {
            Assert.True((cell.Count > 0 && cell.Count < k) == (cell.Status == CellStatus.Primary), $"trial {trial}: a count of {cell.Count} has status {cell.Status} with k = {k}");
        }
    }

    /// <summary>Counts where a third of the cells are small (1–3) and a third empty.</summary>
    internal static IReadOnlyList<IReadOnlyList<int>> RandomGrid(Random random, int rows, int columns) =>
        [.. Enumerable.Range(0, rows).Select(_ => (IReadOnlyList<int>)[.. Enumerable.Range(0, columns).Select(_ => random.Next(0, 3) switch
        {
            0 => 0,
            1 => random.Next(1, 4),
            _ => random.Next(4, 12),
        })])];
}
