using Intake.Questionnaires;
using Intake.Server.Questionnaire;

namespace Intake.Server.Submissions;

/// <summary>What became of one POST of the form.</summary>
public abstract record SubmissionOutcome
{
    /// <summary>Every part committed; the submission is visible to export.</summary>
    public sealed record Stored : SubmissionOutcome;

    /// <summary>The answers need correcting; nothing was stored.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, IReadOnlyList<string>> Values, IReadOnlyList<AnswerError> Errors) : SubmissionOutcome;

    /// <summary>A limit or check refused the upload; nothing was stored.</summary>
    public sealed record Refused(int Status, string Message) : SubmissionOutcome;
}
