namespace Intake.Questionnaires;

/// <summary>Exactly one of a list of options ("choice").</summary>
public sealed record SingleChoiceQuestion : Question
{
    public required IReadOnlyList<Choice> Choices { get; init; }

    public ChoiceControl Control { get; init; }
}
