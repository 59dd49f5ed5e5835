using Intake.Questionnaires;
using System.Globalization;
using System.Text.Json.Nodes;
using Intake.Server.Localization;

namespace Intake.Server.Questionnaire;

/// <summary>
/// Turns the posted form into typed answers, checking each against its question. Form keys
/// that are not questions (the antiforgery token, files, the language) are not looked at.
/// A blank answer is left out, never stored as empty.
/// </summary>
public static class AnswerValidator
{
    public static AnswerValidationResult Validate(
        QuestionnaireDefinition questionnaire,
        IReadOnlyDictionary<string, IReadOnlyList<string>> form,
        SiteText text)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(text);

        var answers = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        var errors = new List<AnswerError>();
        foreach (var question in questionnaire.Questions)
        {
            var submitted = form.TryGetValue(question.Id, out var values) ? values : [];
            var (answer, error) = Read(question, submitted, text);
            if (answer is null && error is null && question.Required)
            {
                error = text.ValidationRequired;
            }

            if (error is not null)
            {
                errors.Add(new AnswerError(question.Id, error));
            }
            else if (answer is not null)
            {
                answers.Add(question.Id, answer);
            }
        }

        return new AnswerValidationResult(answers, errors);
    }

    private static (JsonNode? Answer, string? Error) Read(Question question, IReadOnlyList<string> submitted, SiteText text) =>
        question switch
        {
            TextQuestion textQuestion => ReadText(textQuestion, submitted, text),
            NumberQuestion numberQuestion => ReadNumber(numberQuestion, submitted, text),
            SingleChoiceQuestion choiceQuestion => ReadSingleChoice(choiceQuestion, submitted, text),
            MultipleChoiceQuestion choicesQuestion => ReadMultipleChoice(choicesQuestion, submitted, text),
            YesNoQuestion => ReadYesNo(submitted, text),
            _ => throw new ArgumentOutOfRangeException(nameof(question), question.GetType().Name, "Unknown question type."),
        };

    private static (JsonNode?, string?) ReadText(TextQuestion question, IReadOnlyList<string> submitted, SiteText text)
    {
        // Browsers post a text area's line breaks as "\r\n" but count each as one character for maxlength.
        var typed = FirstFilled(submitted)?.ReplaceLineEndings("\n").Trim();
        if (typed is null)
        {
            return (null, null);
        }

        return typed.Length > question.MaxLength
            ? (null, string.Format(CultureInfo.InvariantCulture, text.ValidationTooLong, question.MaxLength))
            : (JsonValue.Create(typed), null);
    }

    private static (JsonNode?, string?) ReadNumber(NumberQuestion question, IReadOnlyList<string> submitted, SiteText text)
    {
        var typed = FirstFilled(submitted);
        if (typed is null)
        {
            return (null, null);
        }

        if (!FormNumber.TryParse(typed, question.AllowDecimals, out var number))
        {
            return (null, text.ValidationNotANumber);
        }

        return number < question.Min || number > question.Max
            ? (null, string.Format(CultureInfo.InvariantCulture, text.ValidationOutOfRange, question.Min, question.Max))
            : (JsonValue.Create(number), null);
    }

    private static (JsonNode?, string?) ReadSingleChoice(SingleChoiceQuestion question, IReadOnlyList<string> submitted, SiteText text)
    {
        var chosen = FirstFilled(submitted);
        if (chosen is null)
        {
            return (null, null);
        }

        return question.Choices.Any(choice => choice.Value == chosen)
            ? (JsonValue.Create(chosen), null)
            : (null, text.ValidationInvalidChoice);
    }

    private static (JsonNode?, string?) ReadMultipleChoice(MultipleChoiceQuestion question, IReadOnlyList<string> submitted, SiteText text)
    {
        var chosen = submitted.Where(value => !string.IsNullOrWhiteSpace(value)).ToHashSet(StringComparer.Ordinal);
        if (chosen.Count == 0)
        {
            return (null, null);
        }

        if (!chosen.All(value => question.Choices.Any(choice => choice.Value == value)))
        {
            return (null, text.ValidationInvalidChoice);
        }

        // In the questionnaire's order, whatever order the browser posted them in.
        var inOrder = question.Choices.Where(choice => chosen.Contains(choice.Value)).Select(choice => (JsonNode?)JsonValue.Create(choice.Value));
        return (new JsonArray([.. inOrder]), null);
    }

    private static (JsonNode?, string?) ReadYesNo(IReadOnlyList<string> submitted, SiteText text) =>
        FirstFilled(submitted) switch
        {
            null => (null, null),
            YesNoValues.Yes => (JsonValue.Create(true), null),
            YesNoValues.No => (JsonValue.Create(false), null),
            _ => (null, text.ValidationInvalidChoice),
        };

    private static string? FirstFilled(IReadOnlyList<string> submitted) =>
        submitted.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
