namespace Intake.Questionnaires;

/// <summary>A free-text answer: one line ("text") or a long text area ("longtext").</summary>
public sealed record TextQuestion : Question
{
    /// <summary>Counted in UTF-16 code units after line endings become "\n", as browsers count maxlength.</summary>
    public required int MaxLength { get; init; }

    public bool Multiline { get; init; }
}
