namespace Intake.Review.Coding;

/// <summary>A code's meaning in one language: what coders read before applying it.</summary>
public sealed record CodeText(string Label, string Definition, string Inclusion, string Exclusion, IReadOnlyList<string> Examples);
