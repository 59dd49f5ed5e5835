using Intake.Review.Ui.Text;
using Intake.Review.Workspace;

namespace Intake.Review.Ui.Pages;

/// <summary>
/// The answers, grouped by the questionnaire's sections, with the questions in the reader's
/// language. Free text is shown exactly as the source wrote it, marked with its language.
/// </summary>
internal static class AnswersSection
{
    public static string Render(UiText text, TestimonyDetail detail)
    {
        var sections = detail.Sections.Where(section => section.Answers.Count > 0).ToList();
        if (sections.Count == 0)
        {
            return $"<section class=\"answers\"><h2>{UiHtml.Encode(text.AnswersHeading)}</h2><p>{UiHtml.Encode(text.NoAnswers)}</p></section>";
        }
        var sourceLanguage = detail.Summary.SourceLanguage;
        var rendered = string.Concat(sections.Select(section => $"""
            <section class="answer-section">
            <h3>{UiHtml.Encode(section.Title)}</h3>
            <dl class="answers">
            {string.Concat(section.Answers.Select(answer => Answer(text, answer, sourceLanguage)))}</dl>
            </section>

            """));
        return $"""
            <section class="answers">
            <h2>{UiHtml.Encode(text.AnswersHeading)}</h2>
            {rendered}</section>
            """;
    }

    private static string Answer(UiText text, RenderedAnswer answer, string sourceLanguage)
    {
        var value = answer.IsFreeText
            ? $"""<p class="original-marker">{UiHtml.Encode(text.WrittenBySource(text.NameOfLanguage(sourceLanguage)))}</p><div class="free-text" lang="{UiHtml.Encode(sourceLanguage)}">{UiHtml.Encode(answer.Answer)}</div>"""
            : UiHtml.Encode(answer.Answer);
        return $"""
            <dt id="q-{UiHtml.Encode(answer.QuestionId)}">{UiHtml.Encode(answer.Question)}</dt>
            <dd>{value}</dd>

            """;
    }
}
