namespace Intake.Questionnaires;

/// <summary>A questionnaire as loaded and validated from its JSON file.</summary>
public sealed record QuestionnaireDefinition
{
    /// <summary>Written into every answers document, so reviewers know which questions were asked.</summary>
    public required string Id { get; init; }

    /// <summary>Raised by the operator whenever questions change meaning; also in every answers document.</summary>
    public required int Version { get; init; }

    public required IReadOnlyList<string> Languages { get; init; }

    public required AnswerLabels Labels { get; init; }

    public required IReadOnlyList<QuestionSection> Sections { get; init; }

    /// <summary>Every question, in the order the form shows them.</summary>
    public IEnumerable<Question> Questions => Sections.SelectMany(section => section.Questions);
}
