using System.Text.Json.Nodes;

namespace Intake.Review.Evidence;

/// <summary>
/// The allowed-field list of the evidence export: the only keys a JSON record may hold and,
/// in this order, the CSV header. Nothing reaches the files except through <see cref="Values"/>.
/// </summary>
public static class EvidenceFields
{
    public const string RecordId = "record_id";
    public const string YearReceived = "year_received";
    public const string HostCountry = "host_country";
    public const string Sector = "sector";
    public const string MissionStartYear = "mission_start_year";
    public const string IloIndicators = "ilo_indicators";
    public const string PalermoAct = "palermo_act";
    public const string PalermoMeans = "palermo_means";
    public const string PalermoPurpose = "palermo_purpose";
    public const string PalermoElements = "palermo_elements";
    public const string PayWithheldPercent = "pay_withheld_percent";
    public const string PassportRetained = "passport_retained";
    public const string FamilyThreatened = "family_threatened";
    public const string BarredFromReturning = "barred_from_returning";
    public const string LeftMission = "left_mission";
    public const string MayShareWithUnAndCourts = "may_share_with_un_and_courts";
    public const string Quotes = "quotes";

    public static IReadOnlyList<string> All { get; } =
    [
        RecordId, YearReceived, HostCountry, Sector, MissionStartYear, IloIndicators, PalermoAct, PalermoMeans, PalermoPurpose,
        PalermoElements, PayWithheldPercent, PassportRetained, FamilyThreatened, BarredFromReturning, LeftMission,
        MayShareWithUnAndCourts, Quotes,
    ];

    /// <summary>The record's value for each field of <see cref="All"/>, in order; null where it has none or may not say.</summary>
    public static IReadOnlyList<KeyValuePair<string, JsonNode?>> Values(EvidenceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var facts = record.Facts;
        return
        [
            new(RecordId, record.RecordId),
            new(YearReceived, facts?.YearReceived),
            new(HostCountry, facts?.HostCountry),
            new(Sector, facts?.Sector),
            new(MissionStartYear, facts?.MissionStartYear),
            new(IloIndicators, facts is null ? null : Array(facts.IloIndicators)),
            new(PalermoAct, facts?.PalermoAct),
            new(PalermoMeans, facts?.PalermoMeans),
            new(PalermoPurpose, facts?.PalermoPurpose),
            new(PalermoElements, facts is null ? null : Array(facts.PalermoElements)),
            new(PayWithheldPercent, facts?.PayWithheldPercent),
            new(PassportRetained, facts?.PassportRetained),
            new(FamilyThreatened, facts?.FamilyThreatened),
            new(BarredFromReturning, facts?.BarredFromReturning),
            new(LeftMission, facts?.LeftMission),
            new(MayShareWithUnAndCourts, record.MayShareWithUnAndCourts),
            new(Quotes, record.Quotes is null ? null : Array(record.Quotes)),
        ];
    }

    private static JsonArray Array(IEnumerable<string> items) => [.. items.Select(item => (JsonNode?)JsonValue.Create(item))];
}
