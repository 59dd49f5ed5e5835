namespace Intake.Questionnaires;

/// <summary>A group of questions shown under one heading.</summary>
public sealed record QuestionSection
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public LocalizedText? Intro { get; init; }

    public required IReadOnlyList<Question> Questions { get; init; }
}
