using System.Text.Json;
using Intake.Questionnaires;
using Intake.Review.Workspace;

namespace Intake.Review.Evidence;

/// <summary>
/// What a source allowed, read from the consent questions of the questionnaire they answered
/// (the yes/no questions marked with a <see cref="ConsentUses"/> use). Only an explicit "yes"
/// counts: an unanswered question or a questionnaire this program does not know allows nothing.
/// </summary>
public sealed record Consent(bool Statistics, bool Quotes, bool UnAndCourts)
{
    public static Consent None { get; } = new(false, false, false);

    public static Consent Of(AnswersContent answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (KnownQuestionnaires.Find(answers.QuestionnaireId, answers.QuestionnaireVersion) is not { } questionnaire)
        {
            return None;
        }
        var uses = questionnaire.Questions
            .OfType<YesNoQuestion>()
            .Where(question => question.ConsentUse is not null)
            .ToDictionary(question => question.ConsentUse!, question => question.Id, StringComparer.Ordinal);
        return new Consent(
            Allows(answers, uses, ConsentUses.Statistics),
            Allows(answers, uses, ConsentUses.Quotes),
            Allows(answers, uses, ConsentUses.UnBodiesAndCourts));
    }

    private static bool Allows(AnswersContent answers, Dictionary<string, string> uses, string use) =>
        uses.TryGetValue(use, out var questionId)
        && answers.Answers.Any(answer => answer.Key == questionId && answer.Value.ValueKind == JsonValueKind.True);
}
