using System.Globalization;
using System.Text.RegularExpressions;
using Intake.Review.Coding;

namespace Intake.Review.Evidence;

/// <summary>
/// The coded facts of one case, coarsened for publication: the year and not the day, the
/// country and never a city, pay withheld to the nearest 5 %. A value that does not have the
/// expected shape (a country that is not two capital letters, say) is left out rather than
/// published, since free text typed into an attribute could name a person or a place.
/// </summary>
public sealed partial record CaseFacts(
    int YearReceived,
    string? HostCountry,
    string? Sector,
    int? MissionStartYear,
    IReadOnlyList<string> IloIndicators,
    bool PalermoAct,
    bool PalermoMeans,
    bool PalermoPurpose,
    IReadOnlyList<string> PalermoElements,
    int? PayWithheldPercent,
    bool? PassportRetained,
    bool? FamilyThreatened,
    bool? BarredFromReturning,
    bool? LeftMission)
{
    private const int PayStep = 5;

    public static CaseFacts From(CaseCoding coding)
    {
        ArgumentNullException.ThrowIfNull(coding);
        var codes = coding.Codes;
        var palermo = PublishedCodes.PalermoElements.Where(codes.ContainsKey).ToList();
        return new CaseFacts(
            coding.Day.Year,
            Shaped(codes, "attr.host_country", CountryShape()),
            Shaped(codes, "attr.sector", SectorShape()),
            MissionStart(Value(codes, "attr.mission_years")),
            [.. PublishedCodes.IloIndicators.Where(codes.ContainsKey)],
            PublishedCodes.PalermoActs.Any(codes.ContainsKey),
            PublishedCodes.PalermoMeans.Any(codes.ContainsKey),
            PublishedCodes.PalermoPurposes.Any(codes.ContainsKey),
            palermo,
            RoundedPercent(Value(codes, "attr.pay_withheld_percent")),
            YesNo(Value(codes, "attr.passport_retained")),
            YesNo(Value(codes, "attr.family_threatened")),
            YesNo(Value(codes, "attr.barred_from_returning")),
            YesNo(Value(codes, "attr.left_mission")));
    }

    private static string? Value(IReadOnlyDictionary<string, string?> codes, string code) =>
        codes.TryGetValue(code, out var value) ? value?.Trim() : null;

    private static string? Shaped(IReadOnlyDictionary<string, string?> codes, string code, Regex shape) =>
        Value(codes, code) is { } value && shape.IsMatch(value) ? value : null;

    private static int? MissionStart(string? years) =>
        years is not null && YearsShape().Match(years) is { Success: true } match
            ? int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture)
            : null;

    private static int? RoundedPercent(string? percent) =>
        double.TryParse(percent, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100
            ? (int)(Math.Round(value / PayStep, MidpointRounding.AwayFromZero) * PayStep)
            : null;

    private static bool? YesNo(string? value) => value switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    [GeneratedRegex(@"^[A-Z]{2}$")]
    private static partial Regex CountryShape();

    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,39}$")]
    private static partial Regex SectorShape();

    // "2015-2019", "2015–2019" or "2015": the start year only.
    [GeneratedRegex(@"^((?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)\d\d)?$")]
    private static partial Regex YearsShape();
}
