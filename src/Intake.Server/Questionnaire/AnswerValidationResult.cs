using Intake.Questionnaires;
using System.Text.Json.Nodes;

namespace Intake.Server.Questionnaire;

/// <summary>
/// The typed answers (JSON string, number, array of strings or boolean, keyed by question id;
/// blank questions are absent) and the errors to show with the form.
/// </summary>
public sealed record AnswerValidationResult(IReadOnlyDictionary<string, JsonNode> Answers, IReadOnlyList<AnswerError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
