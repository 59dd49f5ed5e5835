using Intake.Questionnaires;
using System.Globalization;
using Intake.Server.Localization;

namespace Intake.Server.Questionnaire;

/// <summary>
/// Writes one question as form markup that works without JavaScript and on a small screen:
/// a label (or a fieldset and legend for a group of options), the help, the error, and the
/// control refilled with what the source had typed. No HTML "required" or "pattern"
/// attributes: the browser's own messages would come in the browser's language, not the
/// page's, so the server checks and explains instead.
/// </summary>
internal sealed class QuestionFieldWriter(HtmlBuilder html, AnswerLabels labels, SiteText text)
{
    private const int LongTextRows = 12;

    private readonly string language = text.Code;

    public void Write(Question question, IReadOnlyList<string> values, string? error)
    {
        html.Markup(error is null ? "<div class=\"q-field\">\n" : "<div class=\"q-field q-field-error\">\n");
        switch (question)
        {
            case TextQuestion { Multiline: true } longText:
                WriteLabelled(question, error, () => WriteTextArea(longText, values, error));
                break;
            case TextQuestion shortText:
                WriteLabelled(question, error, () => WriteTextInput(shortText, values, error));
                break;
            case NumberQuestion number:
                WriteLabelled(question, error, () => WriteNumberInput(number, values, error));
                break;
            case SingleChoiceQuestion { Control: ChoiceControl.Select } choice:
                WriteLabelled(question, error, () => WriteSelect(choice, values, error));
                break;
            case SingleChoiceQuestion choice:
                WriteGroup(question, error, "radio", Options(choice.Choices), values, inline: false);
                break;
            case MultipleChoiceQuestion choices:
                WriteGroup(question, error, "checkbox", Options(choices.Choices), values, inline: false);
                break;
            case YesNoQuestion:
                WriteGroup(question, error, "radio", [(YesNoValues.Yes, labels.Yes.In(language)), (YesNoValues.No, labels.No.In(language))], values, inline: true);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(question), question.GetType().Name, "Unknown question type.");
        }

        html.Markup("</div>\n");
    }

    private void WriteLabelled(Question question, string? error, Action writeControl)
    {
        html.Markup("<label class=\"q-label\"").Attribute("for", FieldIds.Field(question.Id)).Markup(">");
        WriteLabelText(question);
        html.Markup("</label>\n");
        WriteHelpAndError(question, error);
        writeControl();
        html.Markup("\n");
    }

    private void WriteGroup(Question question, string? error, string inputType, (string Value, string Label)[] options, IReadOnlyList<string> values, bool inline)
    {
        html.Markup("<fieldset class=\"q-group\"");
        WriteDescribedBy(question, error);
        html.Markup(">\n<legend class=\"q-label\">");
        WriteLabelText(question);
        html.Markup("</legend>\n");
        WriteHelpAndError(question, error);
        html.Markup(inline ? "<div class=\"q-options q-options-inline\">\n" : "<div class=\"q-options\">\n");
        for (var index = 0; index < options.Length; index++)
        {
            var (value, label) = options[index];
            var id = FieldIds.Option(question.Id, index);
            html.Markup("<div class=\"q-option\"><input")
                .Attribute("class", inputType == "radio" ? "q-radio" : "q-checkbox")
                .Attribute("type", inputType)
                .Attribute("id", id)
                .Attribute("name", question.Id)
                .Attribute("value", value)
                .AttributeIf(values.Contains(value), "checked");
            WriteInvalid(error);
            html.Markup("><label class=\"q-option-label\"").Attribute("for", id).Markup(">").Text(label).Markup("</label></div>\n");
        }

        html.Markup("</div>\n</fieldset>\n");
    }

    private void WriteTextInput(TextQuestion question, IReadOnlyList<string> values, string? error)
    {
        html.Markup("<input class=\"q-input\" type=\"text\"");
        WriteControlAttributes(question, error);
        html.Attribute("value", FirstValue(values))
            .Attribute("maxlength", question.MaxLength.ToString(CultureInfo.InvariantCulture))
            .Markup(" autocomplete=\"off\">");
    }

    private void WriteTextArea(TextQuestion question, IReadOnlyList<string> values, string? error)
    {
        html.Markup("<textarea class=\"q-textarea\"");
        WriteControlAttributes(question, error);
        html.Attribute("rows", LongTextRows.ToString(CultureInfo.InvariantCulture))
            .Attribute("maxlength", question.MaxLength.ToString(CultureInfo.InvariantCulture))
            // The parser drops one newline right after <textarea>, so a typed leading newline survives.
            .Markup(">\n")
            .Text(FirstValue(values))
            .Markup("</textarea>");
    }

    private void WriteNumberInput(NumberQuestion question, IReadOnlyList<string> values, string? error)
    {
        // type="text" with inputmode: a phone shows a number pad, and the browser does not
        // silently change or drop what was typed, as type="number" can.
        html.Markup("<input class=\"q-input q-input-number\" type=\"text\"")
            .Attribute("inputmode", question.AllowDecimals ? "decimal" : "numeric");
        WriteControlAttributes(question, error);
        html.Attribute("value", FirstValue(values)).Markup(" autocomplete=\"off\">");
    }

    private void WriteSelect(SingleChoiceQuestion question, IReadOnlyList<string> values, string? error)
    {
        html.Markup("<select class=\"q-select\"");
        WriteControlAttributes(question, error);
        html.Markup(">\n<option value=\"\">").Text(labels.Choose.In(language)).Markup("</option>\n");
        foreach (var choice in question.Choices)
        {
            html.Markup("<option").Attribute("value", choice.Value).AttributeIf(values.Contains(choice.Value), "selected")
                .Markup(">").Text(choice.Label.In(language)).Markup("</option>\n");
        }

        html.Markup("</select>");
    }

    private void WriteControlAttributes(Question question, string? error)
    {
        html.Attribute("id", FieldIds.Field(question.Id)).Attribute("name", question.Id);
        WriteDescribedBy(question, error);
        WriteInvalid(error);
    }

    private void WriteLabelText(Question question)
    {
        html.Text(question.Label.In(language));
        if (question.Required)
        {
            html.Markup(" <span class=\"q-required\">").Text(text.RequiredMarker).Markup("</span>");
        }
    }

    private void WriteHelpAndError(Question question, string? error)
    {
        if (question.Help is not null)
        {
            html.Markup("<p class=\"q-help\"").Attribute("id", FieldIds.Help(question.Id)).Markup(">")
                .Text(question.Help.In(language)).Markup("</p>\n");
        }

        if (error is not null)
        {
            html.Markup("<p class=\"q-error\"").Attribute("id", FieldIds.Error(question.Id)).Markup(">")
                .Text(error).Markup("</p>\n");
        }
    }

    private void WriteDescribedBy(Question question, string? error)
    {
        List<string> ids = [];
        if (question.Help is not null)
        {
            ids.Add(FieldIds.Help(question.Id));
        }

        if (error is not null)
        {
            ids.Add(FieldIds.Error(question.Id));
        }

        if (ids.Count > 0)
        {
            html.Attribute("aria-describedby", string.Join(' ', ids));
        }
    }

    private void WriteInvalid(string? error)
    {
        if (error is not null)
        {
            html.Attribute("aria-invalid", "true");
        }
    }

    private (string Value, string Label)[] Options(IReadOnlyList<Choice> choices) =>
        choices.Select(choice => (choice.Value, choice.Label.In(language))).ToArray();

    private static string FirstValue(IReadOnlyList<string> values) => values.Count > 0 ? values[0] : string.Empty;
}
