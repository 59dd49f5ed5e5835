namespace Intake.Review.Tests.Reports;

/// <summary>The 11 ILO indicator ids, spelled out here so a changed id in the product fails a test.</summary>
internal static class ReportCodesForTests
{
    public static readonly string[] Ilo =
    [
        "ilo.abuse_of_vulnerability", "ilo.deception", "ilo.restriction_of_movement", "ilo.isolation", "ilo.physical_sexual_violence",
        "ilo.intimidation_threats", "ilo.retention_of_documents", "ilo.withholding_of_wages", "ilo.debt_bondage", "ilo.abusive_conditions",
        "ilo.excessive_overtime",
    ];
}
