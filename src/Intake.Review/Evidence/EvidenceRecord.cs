namespace Intake.Review.Evidence;

/// <summary>
/// One testimony in the public evidence database. <see cref="RecordId"/> is drawn at random for
/// each export, so two exports, or an export and the workspace, cannot be linked through it.
/// <see cref="Facts"/> is null unless the source allowed statistics; <see cref="Quotes"/> is null
/// unless they allowed quotes.
/// </summary>
public sealed record EvidenceRecord(string RecordId, CaseFacts? Facts, bool MayShareWithUnAndCourts, IReadOnlyList<string>? Quotes);
