namespace Intake.Review.Agreement;

/// <summary>
/// One row of a coding table: the value <paramref name="Coder"/> gave to <paramref name="Code"/>
/// for <paramref name="Unit"/>; null is a missing value (the coder said nothing about it).
/// </summary>
public sealed record CodingValue(string Unit, string Coder, string Code, string? Value);
