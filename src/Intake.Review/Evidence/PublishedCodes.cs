namespace Intake.Review.Evidence;

/// <summary>
/// The indicator and Palermo code ids the evidence export may publish: the shipped codebook's.
/// A code a team added to its own codebook stays in the workspace, since the public database
/// could not know what it means.
/// </summary>
public static class PublishedCodes
{
    public static IReadOnlyList<string> IloIndicators { get; } =
    [
        "ilo.abuse_of_vulnerability", "ilo.deception", "ilo.restriction_of_movement", "ilo.isolation",
        "ilo.physical_sexual_violence", "ilo.intimidation_threats", "ilo.retention_of_documents",
        "ilo.withholding_of_wages", "ilo.debt_bondage", "ilo.abusive_conditions", "ilo.excessive_overtime",
    ];

    public static IReadOnlyList<string> PalermoActs { get; } =
        ["palermo.act.recruitment", "palermo.act.transportation", "palermo.act.transfer", "palermo.act.harbouring", "palermo.act.receipt"];

    public static IReadOnlyList<string> PalermoMeans { get; } =
    [
        "palermo.means.threat_or_force", "palermo.means.coercion", "palermo.means.abduction", "palermo.means.fraud",
        "palermo.means.deception", "palermo.means.abuse_of_power_or_vulnerability", "palermo.means.payments_to_controller",
    ];

    public static IReadOnlyList<string> PalermoPurposes { get; } =
        ["palermo.purpose.forced_labour", "palermo.purpose.slavery_or_similar", "palermo.purpose.servitude"];

    public static IReadOnlyList<string> PalermoElements { get; } = [.. PalermoActs, .. PalermoMeans, .. PalermoPurposes];
}
