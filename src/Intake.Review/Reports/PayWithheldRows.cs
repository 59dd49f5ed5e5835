namespace Intake.Review.Reports;

/// <summary>The statistics of <see cref="PayWithheldSummary"/> as labelled rows; values null when withheld.</summary>
internal static class PayWithheldRows
{
    public static IEnumerable<(string Name, string? Value)> Of(PayWithheldSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var statistics = summary.Statistics;
        yield return ("Minimum", Text(statistics?.Minimum));
        yield return ("Lower quartile (type 7)", Text(statistics?.LowerQuartile));
        yield return ("Median", Text(statistics?.Median));
        yield return ("Upper quartile (type 7)", Text(statistics?.UpperQuartile));
        yield return ("Maximum", Text(statistics?.Maximum));
    }

    private static string? Text(double? value) => value is { } number ? ReportBuilder.Number(number) : null;
}
