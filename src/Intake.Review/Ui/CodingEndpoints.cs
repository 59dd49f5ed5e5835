using System.Globalization;
using Intake.Review.Coding;
using Intake.Review.Ui.Pages;
using Intake.Review.Ui.Text;
using Intake.Review.Workspace;

namespace Intake.Review.Ui;

/// <summary>
/// The coding forms' endpoints: apply a code, remove one. Like the other forms they need the
/// session's form token and answer with a redirect; a refused code re-renders the page with
/// the reason (in the reviewer's own words from <see cref="ReviewException"/>) and status 400.
/// </summary>
internal static class CodingEndpoints
{
    public static void MapCoding(this IEndpointRouteBuilder app, ITestimonyCatalog catalog, ITestimonyCoding coding, UiSession session)
    {
        app.MapPost("/t/{id:guid}/codes", (HttpContext context, Guid id) => UiEndpoints.WithFormAsync(context, session, form =>
            Change(catalog, coding, session, id, form, () => coding.Apply(
                id, form[CodingSection.CodeField].ToString(), Optional(form[CodingSection.ValueField]), Passage(form), Optional(form[CodingSection.MemoField]), Optional(form[CodingSection.CoderField])))));
        app.MapPost("/t/{id:guid}/codes/remove", (HttpContext context, Guid id) => UiEndpoints.WithFormAsync(context, session, form =>
            Change(catalog, coding, session, id, form, () => coding.Remove(id, form[CodingSection.CodeField].ToString(), Passage(form)))));
    }

    /// <summary>The section for the testimony page; empty when the UI serves no coding.</summary>
    public static string Section(ITestimonyCoding? coding, UiText text, Guid id, string formToken, string? error = null) =>
        coding is null ? string.Empty : CodingSection.Render(text, id, coding.ForTestimony(id), coding.Coder, formToken, error);

    private static IResult Change(ITestimonyCatalog catalog, ITestimonyCoding coding, UiSession session, Guid id, IFormCollection form, Action change)
    {
        var text = UiEndpoints.ReaderText(form);
        if (catalog.Find(id, text.Code) is not { } detail)
        {
            return UiResults.NotFound(text);
        }
        try
        {
            change();
        }
        catch (ReviewException e)
        {
            var page = TestimonyPage.Render(text, detail, catalog.Notes(id), session.FormToken, coding: Section(coding, text, id, session.FormToken, e.Message));
            return UiResults.Page(page, StatusCodes.Status400BadRequest);
        }
        return UiResults.SeeOther(PageAddress.Testimony(id, text.Code), "#coding");
    }

    private static string? Optional(string? field) => string.IsNullOrWhiteSpace(field) ? null : field.Trim();

    // Both offsets or neither; anything else is refused like a passage outside the narrative.
    private static TextPassage? Passage(IFormCollection form)
    {
        var start = Optional(form[CodingSection.StartField]);
        var end = Optional(form[CodingSection.EndField]);
        if (start is null && end is null)
        {
            return null;
        }
        return int.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(end, NumberStyles.None, CultureInfo.InvariantCulture, out var to)
            && from < to
                ? new TextPassage(from, to)
                : throw new ReviewException("A passage needs both offsets, whole numbers with the start less than the end. Nothing was changed.");
    }
}
