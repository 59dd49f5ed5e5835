using System.Text.Json;
using Intake.Questionnaires;

namespace Intake.Review.Workspace;

/// <summary>
/// Turns an answers document into sections for a reader: question labels and choice labels
/// in the reader's language, free text exactly as the source wrote it.
/// </summary>
internal static class AnswerRenderer
{
    private const string ListSeparator = ", ";

    public static IReadOnlyList<RenderedSection> Render(AnswersContent content, QuestionnaireDefinition? questionnaire, string readerLanguage)
    {
        var answers = content.Answers.Where(answer => answer.Value.ValueKind != JsonValueKind.Null).ToDictionary(StringComparer.Ordinal);
        var sections = new List<RenderedSection>();
        if (questionnaire is not null)
        {
            foreach (var section in questionnaire.Sections)
            {
                var rendered = section.Questions
                    .Where(question => answers.ContainsKey(question.Id))
                    .Select(question => Labelled(question, answers[question.Id], questionnaire.Labels, readerLanguage))
                    .ToList();
                if (rendered.Count > 0)
                {
                    sections.Add(new RenderedSection(section.Title.In(readerLanguage), rendered));
                }
            }
        }
        var known = questionnaire?.Questions.Select(question => question.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        var unknown = answers.Where(answer => !known.Contains(answer.Key)).Select(answer => Raw(answer.Key, answer.Value)).ToList();
        if (unknown.Count > 0)
        {
            var title = questionnaire is null
                ? $"Answers to questionnaire \"{content.QuestionnaireId}\" version {content.QuestionnaireVersion}, which this program does not know: question ids and raw values"
                : "Answers to questions this questionnaire version does not have";
            sections.Add(new RenderedSection(title, unknown));
        }
        return sections;
    }

    private static RenderedAnswer Labelled(Question question, JsonElement value, AnswerLabels labels, string language)
    {
        var label = question.Label.In(language);
        return question switch
        {
            TextQuestion => new RenderedAnswer(question.Id, label, RawText(value), IsFreeText: true),
            YesNoQuestion when value.ValueKind is JsonValueKind.True or JsonValueKind.False =>
                new RenderedAnswer(question.Id, label, (value.GetBoolean() ? labels.Yes : labels.No).In(language), IsFreeText: false),
            SingleChoiceQuestion single => new RenderedAnswer(question.Id, label, ChoiceLabel(single.Choices, value, language), IsFreeText: false),
            MultipleChoiceQuestion multiple when value.ValueKind == JsonValueKind.Array =>
                new RenderedAnswer(question.Id, label, string.Join(ListSeparator, value.EnumerateArray().Select(item => ChoiceLabel(multiple.Choices, item, language))), IsFreeText: false),
            _ => new RenderedAnswer(question.Id, label, RawText(value), IsFreeText: false),
        };
    }

    private static string ChoiceLabel(IReadOnlyList<Choice> choices, JsonElement value, string language)
    {
        var text = RawText(value);
        return choices.FirstOrDefault(choice => choice.Value == text)?.Label.In(language) ?? text;
    }

    private static RenderedAnswer Raw(string questionId, JsonElement value) =>
        new(questionId, questionId, RawText(value), IsFreeText: value.ValueKind == JsonValueKind.String);

    private static string RawText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join(ListSeparator, value.EnumerateArray().Select(RawText)),
        _ => value.GetRawText(),
    };
}
