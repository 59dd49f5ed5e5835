namespace Intake.Questionnaires;

/// <summary>The words the form puts on answers rather than questions.</summary>
public sealed record AnswerLabels
{
    public required LocalizedText Yes { get; init; }

    public required LocalizedText No { get; init; }

    /// <summary>The empty first option of a drop-down list, which leaves the question unanswered.</summary>
    public required LocalizedText Choose { get; init; }
}
