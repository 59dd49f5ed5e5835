namespace Intake.Questionnaires;

/// <summary>Any number of options from a list, shown as checkboxes ("multichoice").</summary>
public sealed record MultipleChoiceQuestion : Question
{
    public required IReadOnlyList<Choice> Choices { get; init; }
}
