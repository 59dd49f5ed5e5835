namespace Intake.Review.Coding;

/// <summary>A case attribute's value read from the questionnaire answer <see cref="QuestionId"/>, for the coder to confirm.</summary>
public sealed record AttributeSuggestion(string CodeId, string Value, string QuestionId);
