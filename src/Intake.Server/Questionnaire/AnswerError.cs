using Intake.Questionnaires;
namespace Intake.Server.Questionnaire;

/// <summary>What is wrong with the answer to one question, in the source's language.</summary>
public sealed record AnswerError(string QuestionId, string Message);
