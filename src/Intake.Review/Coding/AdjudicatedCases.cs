using Intake.Review.Workspace;

namespace Intake.Review.Coding;

/// <summary>
/// The final coding of every coded testimony (<see cref="Cases"/>) and the codes still in
/// dispute (<see cref="Disagreements"/>). A disputed code is left out of its case's codes,
/// so reports count it as absent until it is adjudicated.
/// </summary>
public sealed record AdjudicatedCases(IReadOnlyList<CaseCoding> Cases, IReadOnlyList<Unresolved> Disagreements)
{
    public const string Present = "present";
    public const string Absent = "absent";

    /// <summary>From the workspace's testimonies and codings, with the shipped codebook.</summary>
    public static AdjudicatedCases Build(ReviewWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var days = workspace.Catalog.List().ToDictionary(summary => summary.Id, summary => summary.Day);
        return Build(workspace.Coding.All(), days, Codebook.Load());
    }

    /// <summary>
    /// Per testimony that a coder coded or an adjudicator decided on, and per code: the
    /// adjudicated decision when there is one; else, for an indicator or Palermo element,
    /// present when every coder of the testimony applied it, absent when none did, disputed
    /// otherwise; for an attribute, the value when every coder who gave one gave the same,
    /// unrecorded when none gave one, disputed otherwise.
    /// </summary>
    public static AdjudicatedCases Build(IEnumerable<CodeApplication> applications, IReadOnlyDictionary<Guid, DateOnly> days, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(codebook);
        var cases = new List<CaseCoding>();
        var disagreements = new List<Unresolved>();
        foreach (var unit in applications.Where(a => days.ContainsKey(a.TestimonyId)).GroupBy(a => a.TestimonyId).OrderBy(g => days[g.Key]).ThenBy(g => g.Key))
        {
            var coders = unit.Where(a => !a.Adjudicated).Select(a => a.Coder).Distinct().Order(StringComparer.Ordinal).ToList();
            var codes = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var code in codebook.Codes)
            {
                var decision = Decide(unit.Key, code, coders, [.. unit.Where(a => a.CodeId == code.Id)], disagreements);
                if (decision.Present)
                {
                    codes[code.Id] = decision.Value;
                }
            }
            cases.Add(new CaseCoding(unit.Key, days[unit.Key], codes));
        }
        return new AdjudicatedCases(cases, disagreements);
    }

    private static (bool Present, string? Value) Decide(
        Guid testimonyId, CodeDefinition code, List<string> coders, List<CodeApplication> applied, List<Unresolved> disagreements)
    {
        if (applied.Where(a => a.Adjudicated).OrderBy(a => a.Coder, StringComparer.Ordinal).LastOrDefault() is { } adjudicated)
        {
            return adjudicated.Value == CodeValues.Absent ? (false, null) : (true, adjudicated.Value);
        }
        var byCoder = coders.Select(coder => (Coder: coder, Applied: applied.Where(a => !a.Adjudicated && a.Coder == coder).ToList())).ToList();
        if (code.IsPresence)
        {
            var count = byCoder.Count(c => c.Applied.Count > 0);
            if (count == 0 || count == coders.Count)
            {
                return (count > 0, null);
            }
            disagreements.Add(new Unresolved(testimonyId, code.Id, [.. byCoder.Select(c => new CoderValue(c.Coder, c.Applied.Count > 0 ? Present : Absent))]));
            return (false, null);
        }
        // A coder who gave two values to one attribute disagrees with themself: a dispute too.
        var values = byCoder.Select(c => (c.Coder, Values: c.Applied.Select(a => a.Value).Distinct().ToList())).ToList();
        var given = values.SelectMany(c => c.Values).Distinct().ToList();
        if (given.Count <= 1)
        {
            return (given.Count == 1, given.FirstOrDefault());
        }
        disagreements.Add(new Unresolved(testimonyId, code.Id, [.. values.Select(c => new CoderValue(c.Coder, c.Values.Count == 0 ? null : string.Join(" | ", c.Values)))]));
        return (false, null);
    }
}
