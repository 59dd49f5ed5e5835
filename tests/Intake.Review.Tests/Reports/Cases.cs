using Intake.Review.Coding;

namespace Intake.Review.Tests.Reports;

/// <summary>Hand-built adjudicated cases for report tests.</summary>
internal static class Cases
{
    public static CaseCoding Of(string? country = null, string? sector = null, string? years = null, string? payWithheld = null, params string[] presentCodes)
    {
        var codes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var code in presentCodes)
        {
            codes[code] = null;
        }
        Put(codes, "attr.host_country", country);
        Put(codes, "attr.sector", sector);
        Put(codes, "attr.mission_years", years);
        Put(codes, "attr.pay_withheld_percent", payWithheld);
        return new CaseCoding(Guid.NewGuid(), new DateOnly(2024, 5, 1), codes);
    }

    /// <summary>Cases spread over countries and sectors, many cells small: the usual shape of a real report.</summary>
    public static List<CaseCoding> Grid(IReadOnlyList<IReadOnlyList<int>> counts) =>
        [.. counts.SelectMany((row, i) => row.SelectMany((count, j) => Enumerable.Range(0, count).Select(_ => Of($"C{i}", $"s{j}"))))];

    private static void Put(Dictionary<string, string?> codes, string id, string? value)
    {
        if (value is not null)
        {
            codes[id] = value;
        }
    }
}
