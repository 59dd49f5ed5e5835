using System.Globalization;

namespace Intake.Review.Reports;

/// <summary>The report's explanatory text, shared by the HTML and the Markdown: how cases were counted and what disclosure control did.</summary>
internal static class ReportNotes
{
    public const string SuppressedMark = "×";

    public static IEnumerable<string> Scope(CaseReport report)
    {
        yield return Invariant($"{report.CaseCount} adjudicated cases: for each code, the team's adjudicated decision, else the value every coder agreed on. Percentages are of all {report.CaseCount} cases.");
        if (report.ExcludedCases > 0)
        {
            yield return Invariant($"{report.ExcludedCases} further case(s) are excluded from every table because coders still disagree on them and the disagreement has not been adjudicated.");
        }
        yield return "A case meets the Palermo definition when at least one act, one means and one purpose are coded for it. The year is the year the mission started; \"unknown\" counts cases without mission years.";
        yield return "Quartiles of the share of pay withheld are computed by linear interpolation between order statistics (Hyndman and Fan type 7, as R's default and QUARTILE.INC).";
    }

    public static IEnumerable<string> DisclosureControl(CaseReport report)
    {
        if (report.K == 1)
        {
            yield return "Disclosure control is disabled (k = 1): every count is published. Do not publish this report outside the team.";
            yield break;
        }
        yield return Invariant($"Threshold k = {report.K}. Every count of 1 to {report.K - 1} cases is suppressed (shown as {SuppressedMark}; empty with suppressed = true in the CSV files), and so is its percentage: a group that small can point to the people in it. Counts of 0 are published.");
        yield return "Further cells are suppressed where needed so that no suppressed count can be worked out from the published cells, totals and margins: for each, the range an attacker can derive by linear programming from everything published (including that the indicator counts add up to the indicators-per-case distribution, and that the country × sector table adds up to the country and sector tables) is at least 2 cases wide. The report does not say which suppressed cells are small and which protect them.";
        yield return Invariant($"The minimum, quartiles and maximum of the share of pay withheld are published only when at least {report.K} cases give a share: the minimum and maximum of fewer cases would be those people's own figures.");
        var suppressed = report.OneWayTables.Select(table => (table.Title, Cells: table.SuppressedCells))
            .Append((report.CountryBySector.Title, Cells: report.CountryBySector.SuppressedCells))
            .Append((Title: "Share of pay withheld: number of cases", Cells: report.PayWithheld.Cases.Suppressed ? 1 : 0))
            .Where(entry => entry.Cells > 0).ToList();
        yield return suppressed.Count == 0
            ? "No cell needed suppression."
            : "Suppressed cells: " + string.Join("; ", suppressed.Select(entry => Invariant($"{entry.Title}: {entry.Cells}"))) + ".";
        if (report.PayWithheld.Statistics is null)
        {
            yield return "The pay-withheld statistics are withheld: fewer than k cases give a share.";
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
