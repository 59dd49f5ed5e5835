namespace Intake.Review.Coding;

/// <summary>
/// One code applied by one coder to one testimony: to the whole testimony, or to a passage
/// of its narrative (character offsets into the narrative as imported, so they stay put when
/// the same testimony is imported again). <see cref="Value"/> is null for an indicator or a
/// Palermo element (present), and holds the value of a case attribute (country code, sector,
/// percent, years…). An adjudicated application records the team's final decision.
/// </summary>
public sealed record CodeApplication(
    Guid TestimonyId,
    string CodeId,
    string? Value,
    TextPassage? Passage,
    string Coder,
    int CodebookVersion,
    string? Memo,
    bool Adjudicated);

/// <summary>Characters [Start, End) of a testimony's narrative.</summary>
public sealed record TextPassage(int Start, int End);
