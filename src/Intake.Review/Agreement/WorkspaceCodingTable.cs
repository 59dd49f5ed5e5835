using Intake.Review.Coding;

namespace Intake.Review.Agreement;

/// <summary>
/// The coding table of a workspace: one unit per testimony (its id), one coder per reviewer.
/// A coder coded a testimony when they applied at least one code to it. For a presence code
/// (an ILO indicator or a Palermo element) each such coder's value is 1 when they applied the
/// code, anywhere in the testimony, else 0; for a case attribute it is their value, else missing.
/// Adjudicated applications are the team's decision, not a coder's, and are left out. Codes
/// no coder applied anywhere are not listed.
/// </summary>
public static class WorkspaceCodingTable
{
    public const string Present = "1";
    public const string Absent = "0";

    /// <summary>The codebook's level for <paramref name="code"/>; nominal for a code it does not know.</summary>
    public static MeasurementLevel LevelOf(string code) => Codebook.Load().Find(code)?.Level ?? MeasurementLevel.Nominal;

    /// <summary>Whether applying <paramref name="code"/> means "present": the codebook says so, or its id is an ILO or Palermo one.</summary>
    public static bool IsPresenceCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Codebook.Load().Find(code)?.IsPresence
            ?? (code.StartsWith("ilo.", StringComparison.Ordinal) || code.StartsWith("palermo.", StringComparison.Ordinal));
    }

    /// <exception cref="ReviewException">A coder gave one testimony two different values for the same attribute.</exception>
    public static IReadOnlyList<CodingValue> Rows(IEnumerable<CodeApplication> applications)
    {
        ArgumentNullException.ThrowIfNull(applications);
        var coded = applications.Where(application => !application.Adjudicated).ToList();
        var codes = coded.Select(application => application.CodeId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rows = new List<CodingValue>();
        foreach (var coderUnit in coded.GroupBy(application => (application.TestimonyId, application.Coder)))
        {
            var unit = coderUnit.Key.TestimonyId.ToString();
            foreach (var code in codes)
            {
                var applied = coderUnit.Where(application => application.CodeId == code).ToList();
                rows.Add(new CodingValue(unit, coderUnit.Key.Coder, code, IsPresenceCode(code)
                    ? (applied.Count > 0 ? Present : Absent)
                    : AttributeValue(applied, unit, coderUnit.Key.Coder, code)));
            }
        }
        return rows;
    }

    private static string? AttributeValue(List<CodeApplication> applied, string unit, string coder, string code)
    {
        var values = applied.Select(application => application.Value).Where(value => value is not null).Distinct(StringComparer.Ordinal).ToList();
        return values.Count <= 1
            ? values.FirstOrDefault()
            : throw new ReviewException($"Coder \"{coder}\" gave testimony {unit} {values.Count} different values for {code}; agreement needs one value per coder. Remove the extra ones with `review code` so that one value remains.");
    }
}
