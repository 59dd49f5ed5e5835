using System.Globalization;
using Intake.Review.Ui.Text;
using Intake.Review.Workspace;

namespace Intake.Review.Ui.Pages;

/// <summary>The reviewers' notes on a testimony, oldest first, and the form that adds one.</summary>
internal static class NotesSection
{
    /// <param name="error">Why the last note was not added, shown above the form; null when there was no problem.</param>
    /// <param name="draft">The text to put back in the box when a note was refused, so it is not lost.</param>
    /// <remarks>The textarea's content starts on a new line because HTML drops one leading newline there.</remarks>
    public static string Render(UiText text, Guid id, IReadOnlyList<ReviewNote> notes, string formToken, string? error, string draft)
    {
        var list = notes.Count == 0
            ? $"<p>{UiHtml.Encode(text.NoNotes)}</p>"
            : "<ol class=\"notes\">\n" + string.Concat(notes.Select(note => $"""
                <li><p class="note-day">{IsoDay.ToText(note.Day)}</p><div class="note-text">{UiHtml.Encode(note.Text)}</div></li>

                """)) + "</ol>";
        var errorHtml = error is null
            ? string.Empty
            : $"<p class=\"field-error\" id=\"note-error\" role=\"alert\">{UiHtml.Encode(error)}</p>";
        var invalid = error is null ? string.Empty : " aria-invalid=\"true\" aria-describedby=\"note-error\"";
        return $"""
            <section class="notes" id="notes">
            <h2>{UiHtml.Encode(text.NotesHeading)}</h2>
            {list}
            <form method="post" action="{PageAddress.TestimonyPath(id)}/notes">
            {UiHtml.Hidden(UiForms.FormTokenField, formToken)}
            {UiHtml.Hidden(PageAddress.LanguageParameter, text.Code)}
            <label for="note">{UiHtml.Encode(text.NewNote)}</label>
            {errorHtml}
            <textarea id="note" name="{UiForms.NoteField}" rows="5" maxlength="{UiForms.MaxNoteLength.ToString(CultureInfo.InvariantCulture)}"{invalid}>
            {UiHtml.Encode(draft)}</textarea>
            <button type="submit">{UiHtml.Encode(text.AddNote)}</button>
            </form>
            </section>
            """;
    }
}
