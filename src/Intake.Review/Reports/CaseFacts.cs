using System.Globalization;
using Intake.Review.Coding;

namespace Intake.Review.Reports;

/// <summary>What the report counts about one adjudicated case, read from its codes.</summary>
internal sealed record CaseFacts(
    IReadOnlySet<string> Indicators,
    IReadOnlyList<bool> PalermoElements,
    string Country,
    string Sector,
    string StartYear,
    double? PayWithheldPercent)
{
    public bool MeetsPalermoDefinition => PalermoElements.All(present => present);

    public static CaseFacts From(CaseCoding coding)
    {
        ArgumentNullException.ThrowIfNull(coding);
        var codes = coding.Codes;
        return new CaseFacts(
            ReportCodes.IloIndicators.Select(indicator => indicator.Id).Where(codes.ContainsKey).ToHashSet(StringComparer.Ordinal),
            ReportCodes.PalermoElements.Select(element => codes.Keys.Any(id => id.StartsWith(element.Prefix, StringComparison.Ordinal))).ToList(),
            Text(codes, ReportCodes.HostCountry)?.ToUpperInvariant() ?? ReportCodes.Unknown,
            Text(codes, ReportCodes.Sector) ?? ReportCodes.Unknown,
            StartYearOf(Text(codes, ReportCodes.MissionYears)),
            Percent(Text(codes, ReportCodes.PayWithheldPercent)));
    }

    private static string? Text(IReadOnlyDictionary<string, string?> codes, string id) =>
        codes.TryGetValue(id, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>"2015-2019" or "2015" → "2015"; anything else → unknown.</summary>
    private static string StartYearOf(string? years)
    {
        var first = years?.Split('-', 2)[0].Trim();
        return first is { Length: 4 } && int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900
            ? year.ToString(CultureInfo.InvariantCulture)
            : ReportCodes.Unknown;
    }

    private static double? Percent(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100 ? value : null;
}
