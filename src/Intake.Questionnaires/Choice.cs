namespace Intake.Questionnaires;

/// <summary>One option of a choice question: the value stored in the answer and the label shown.</summary>
public sealed record Choice(string Value, LocalizedText Label);
