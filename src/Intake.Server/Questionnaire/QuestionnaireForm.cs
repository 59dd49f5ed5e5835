using Intake.Questionnaires;
using Intake.Server.Localization;

namespace Intake.Server.Questionnaire;

/// <summary>
/// The questionnaire as HTML fragments for the form page: the error summary and the fields.
/// Plain markup only (no style attributes, scripts or event handlers, which the
/// Content-Security-Policy forbids); every text is HTML-encoded.
/// </summary>
public static class QuestionnaireForm
{
    /// <summary>
    /// A box listing every error, each a link to its field, announced by screen readers when the
    /// page loads. Empty when there are no errors.
    /// </summary>
    public static string RenderErrorSummary(IReadOnlyList<AnswerError> errors, QuestionnaireDefinition questionnaire, SiteText text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(text);
        if (errors.Count == 0)
        {
            return string.Empty;
        }

        var labels = questionnaire.Questions.ToDictionary(question => question.Id, question => question.Label.In(text.Code), StringComparer.Ordinal);
        var html = new HtmlBuilder()
            .Markup("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\">\n")
            .Markup("<h2 class=\"error-summary-title\" id=\"error-summary-title\">").Text(text.ErrorSummaryHeading).Markup("</h2>\n")
            .Markup("<ul class=\"error-summary-list\">\n");
        foreach (var error in errors)
        {
            html.Markup("<li><a").Attribute("href", "#" + FieldIds.Field(error.QuestionId)).Markup(">");
            if (labels.TryGetValue(error.QuestionId, out var label))
            {
                html.Markup("<span class=\"error-summary-question\">").Text(WithSeparator(label)).Markup("</span> ");
            }

            html.Markup("<span class=\"error-summary-message\">").Text(error.Message).Markup("</span></a></li>\n");
        }

        return html.Markup("</ul>\n</div>\n").ToString();
    }

    /// <summary>
    /// Every section as a fieldset with its heading, and every question in it, refilled from
    /// <paramref name="values"/> (the form as posted, by field name) and marked with its error.
    /// </summary>
    public static string RenderFields(
        QuestionnaireDefinition questionnaire,
        string languageCode,
        IReadOnlyDictionary<string, IReadOnlyList<string>> values,
        IReadOnlyList<AnswerError> errors)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(errors);

        var text = SiteLanguages.For(languageCode);
        var errorByQuestion = errors.GroupBy(error => error.QuestionId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Message, StringComparer.Ordinal);
        var html = new HtmlBuilder();
        var fields = new QuestionFieldWriter(html, questionnaire.Labels, text);
        foreach (var section in questionnaire.Sections)
        {
            html.Markup("<fieldset class=\"q-section\"").Attribute("id", "section-" + section.Id).Markup(">\n")
                .Markup("<legend class=\"q-section-legend\"><h2 class=\"q-section-title\">").Text(section.Title.In(text.Code)).Markup("</h2></legend>\n");
            if (section.Intro is not null)
            {
                html.Markup("<p class=\"q-section-intro\">").Text(section.Intro.In(text.Code)).Markup("</p>\n");
            }

            foreach (var question in section.Questions)
            {
                fields.Write(
                    question,
                    values.TryGetValue(question.Id, out var typed) ? typed : [],
                    errorByQuestion.GetValueOrDefault(question.Id));
            }

            html.Markup("</fieldset>\n");
        }

        return html.ToString();
    }

    // "City: The text is too long", but "Did you sign? This question needs an answer": read
    // aloud, the label and the message must not run into one sentence.
    private static string WithSeparator(string label) =>
        label.EndsWith('?') || label.EndsWith('.') || label.EndsWith(':') ? label : label + ":";
}
