using Intake.Review.Ui.Text;
using Intake.Review.Workspace;

namespace Intake.Review.Ui.Pages;

/// <summary>One testimony: what is known about it, its status, its answers, its attachments' descriptions and its notes.</summary>
internal static class TestimonyPage
{
    public static string Render(UiText text, TestimonyDetail detail, IReadOnlyList<ReviewNote> notes, string formToken, string? noteError = null, string noteDraft = "", string coding = "")
    {
        var summary = detail.Summary;
        var heading = text.TestimonyHeading(ListPage.ShortId(summary.Id));
        return UiLayout.Render(text, heading, PageAddress.Testimony(summary.Id, text.Code), $"""
            <p class="back"><a href="{UiHtml.Encode(PageAddress.List(text.Code).ToString())}">← {UiHtml.Encode(text.BackToList)}</a></p>
            <h1>{UiHtml.Encode(heading)}</h1>
            {Facts(text, summary)}
            {StatusForm(text, summary, formToken)}
            {AnswersSection.Render(text, detail)}
            {coding}
            {AttachmentsSection.Render(text, detail)}
            {NotesSection.Render(text, summary.Id, notes, formToken, noteError, noteDraft)}
            """);
    }

    private static string Facts(UiText text, TestimonySummary summary) => $"""
        <dl class="facts">
        <dt>{UiHtml.Encode(text.Testimony)}</dt><dd><code>{summary.Id:D}</code></dd>
        <dt>{UiHtml.Encode(text.Day)}</dt><dd>{IsoDay.ToText(summary.Day)}</dd>
        <dt>{UiHtml.Encode(text.SourceLanguage)}</dt><dd>{UiHtml.Encode(text.NameOfLanguage(summary.SourceLanguage))}</dd>
        <dt>{UiHtml.Encode(text.Country)}</dt><dd>{UiHtml.Encode(summary.Country ?? "—")}</dd>
        <dt>{UiHtml.Encode(text.Sector)}</dt><dd>{UiHtml.Encode(summary.Sector ?? "—")}</dd>
        <dt>{UiHtml.Encode(text.Status)}</dt><dd id="status">{UiHtml.Encode(text.StatusName(summary.Status))}</dd>
        </dl>
        """;

    private static string StatusForm(UiText text, TestimonySummary summary, string formToken)
    {
        var options = string.Concat(StatusValues.All.Select(status =>
            $"<option value=\"{StatusValues.Of(status)}\"{(status == summary.Status ? " selected" : string.Empty)}>{UiHtml.Encode(text.StatusName(status))}</option>"));
        return $"""
            <form class="status-form" method="post" action="{PageAddress.TestimonyPath(summary.Id)}/status">
            {UiHtml.Hidden(UiForms.FormTokenField, formToken)}
            {UiHtml.Hidden(PageAddress.LanguageParameter, text.Code)}
            <label for="new-status">{UiHtml.Encode(text.Status)}</label>
            <select id="new-status" name="{UiForms.StatusField}">{options}</select>
            <button type="submit">{UiHtml.Encode(text.ChangeStatus)}</button>
            </form>
            """;
    }
}
