namespace Intake.Questionnaires;

/// <summary>A yes or no answer, stored as a boolean ("yesno").</summary>
public sealed record YesNoQuestion : Question
{
    /// <summary>
    /// The use of the testimony this question asks permission for (one of <see cref="ConsentUses.All"/>),
    /// or null for an ordinary question. Reviewers rely on these answers before quoting or sharing.
    /// </summary>
    public string? ConsentUse { get; init; }
}
