namespace Intake.Review.Reports;

/// <summary>The code ids a report counts (the codebook's stable ids) and the labels it prints for them.</summary>
internal static class ReportCodes
{
    public const string HostCountry = "attr.host_country";
    public const string Sector = "attr.sector";
    public const string MissionYears = "attr.mission_years";
    public const string PayWithheldPercent = "attr.pay_withheld_percent";
    public const string Unknown = "unknown";

    /// <summary>The 11 ILO forced-labour indicators, in the ILO's order.</summary>
    public static IReadOnlyList<(string Id, string Label)> IloIndicators { get; } =
    [
        ("ilo.abuse_of_vulnerability", "Abuse of vulnerability"),
        ("ilo.deception", "Deception"),
        ("ilo.restriction_of_movement", "Restriction of movement"),
        ("ilo.isolation", "Isolation"),
        ("ilo.physical_sexual_violence", "Physical and sexual violence"),
        ("ilo.intimidation_threats", "Intimidation and threats"),
        ("ilo.retention_of_documents", "Retention of identity documents"),
        ("ilo.withholding_of_wages", "Withholding of wages"),
        ("ilo.debt_bondage", "Debt bondage"),
        ("ilo.abusive_conditions", "Abusive working and living conditions"),
        ("ilo.excessive_overtime", "Excessive overtime"),
    ];

    /// <summary>The three elements of the Palermo Protocol's definition, each present when any of its codes is.</summary>
    public static IReadOnlyList<(string Prefix, string Label)> PalermoElements { get; } =
    [
        ("palermo.act.", "Act (recruitment, transportation, transfer, harbouring, receipt)"),
        ("palermo.means.", "Means (threat, force, coercion, abduction, fraud, deception, abuse of power or vulnerability, payments)"),
        ("palermo.purpose.", "Purpose (forced labour or services, slavery or similar practices, servitude)"),
    ];
}
