namespace Intake.Review.Coding;

/// <summary>
/// A code on which the coders of a testimony disagree and no adjudication was recorded.
/// <see cref="Values"/> holds each coder's view: "present"/"absent" for an indicator or Palermo
/// element, the value (or null when the coder gave none) for an attribute.
/// </summary>
public sealed record Unresolved(Guid TestimonyId, string CodeId, IReadOnlyList<CoderValue> Values);

/// <summary>What one coder said about one code of one testimony.</summary>
public sealed record CoderValue(string Coder, string? Value);
