namespace Intake.Questionnaires;

/// <summary>
/// One question. Its id is the form field name and the key of its answer in the answers
/// document. The derived records say what kind of answer it takes.
/// </summary>
public abstract record Question
{
    public required string Id { get; init; }

    public required LocalizedText Label { get; init; }

    public LocalizedText? Help { get; init; }

    /// <summary>Only consent questions are required in the default questionnaire: a source may leave anything else blank.</summary>
    public bool Required { get; init; }
}
