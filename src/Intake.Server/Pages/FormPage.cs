using Intake.Questionnaires;
using System.Globalization;
using Intake.Server.Localization;
using Intake.Server.Questionnaire;
using Intake.Server.Submissions;

namespace Intake.Server.Pages;

/// <summary>
/// The questionnaire as a plain HTML form that works without JavaScript. The form token
/// comes first and the file input last, so the server reads the token, then the answers,
/// then streams the files.
/// </summary>
internal static class FormPage
{
    public static string Render(
        SiteText text,
        QuestionnaireDefinition questionnaire,
        string token,
        long maxSubmissionBytes,
        IReadOnlyDictionary<string, IReadOnlyList<string>> values,
        IReadOnlyList<AnswerError> errors)
    {
        var summary = errors.Count == 0 ? string.Empty : QuestionnaireForm.RenderErrorSummary(errors, questionnaire, text);
        var filesNotKept = errors.Count == 0 ? string.Empty : $"<p class=\"notice\">{Html.Encode(text.FilesNotKept)}</p>";
        var attachmentsHelp = string.Format(CultureInfo.InvariantCulture, text.AttachmentsHelp, ByteSize.Format(maxSubmissionBytes));
        return Layout.Render(text, text.FormHeading, "/form", $"""
            <h1>{Html.Encode(text.FormHeading)}</h1>
            {summary}
            {Html.Paragraphs(text.FormIntro)}
            <form method="post" action="/submit?lang={text.Code}" enctype="multipart/form-data" accept-charset="utf-8">
            <input type="hidden" name="{SubmissionReceiver.TokenField}" value="{Html.Encode(token)}">
            {QuestionnaireForm.RenderFields(questionnaire, text.Code, values, errors)}
            <div class="q-section attachments">
            <label class="q-label" for="files">{Html.Encode(text.AttachmentsLabel)}</label>
            <span class="help" id="files-help">{Html.Encode(attachmentsHelp)}</span>
            {filesNotKept}
            <input type="file" id="files" name="files" multiple aria-describedby="files-help">
            </div>
            <button type="submit">{Html.Encode(text.SubmitButton)}</button>
            </form>
            """);
    }
}
