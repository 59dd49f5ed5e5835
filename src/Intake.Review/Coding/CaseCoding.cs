namespace Intake.Review.Coding;

/// <summary>
/// The final coding of one testimony, as reports and the evidence export use it: for each
/// code, the adjudicated decision when there is one, else the value every coder agreed on.
/// Codes absent from <see cref="Codes"/> were judged absent. <see cref="Day"/> is the day the
/// server received the testimony.
/// </summary>
public sealed record CaseCoding(Guid TestimonyId, DateOnly Day, IReadOnlyDictionary<string, string?> Codes);
