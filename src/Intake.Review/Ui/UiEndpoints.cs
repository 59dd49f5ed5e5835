using Intake.Review.Coding;
using Intake.Review.Ui.Pages;
using Intake.Review.Ui.Text;
using Intake.Review.Workspace;
using Microsoft.Extensions.Primitives;

namespace Intake.Review.Ui;

/// <summary>
/// The review UI's pages: the list, one testimony, and the two forms that write (a note, a
/// status). Every POST must carry the session's form token and answers with a redirect, so a
/// reload never posts twice.
/// </summary>
internal static class UiEndpoints
{
    public static void MapReviewUi(this IEndpointRouteBuilder app, ITestimonyCatalog catalog, ITestimonyCoding? coding, UiSession session)
    {
        app.MapGet(Stylesheet.Path, () => Results.Bytes(Stylesheet.Bytes, "text/css; charset=utf-8"));
        app.MapGet("/", (HttpContext context) =>
            UiResults.Page(ListPage.Render(ReaderText(context.Request.Query), catalog.List(), ListFilter.Parse(context.Request.Query))));
        app.MapGet("/t/{id:guid}", (HttpContext context, Guid id) =>
        {
            var text = ReaderText(context.Request.Query);
            return catalog.Find(id, text.Code) is { } detail
                ? UiResults.Page(TestimonyPage.Render(text, detail, catalog.Notes(id), session.FormToken, coding: CodingEndpoints.Section(coding, text, id, session.FormToken)))
                : UiResults.NotFound(text);
        });
        app.MapPost("/t/{id:guid}/notes", (HttpContext context, Guid id) => WithFormAsync(context, session, form => AddNote(catalog, session, id, form)));
        app.MapPost("/t/{id:guid}/status", (HttpContext context, Guid id) => WithFormAsync(context, session, form => SetStatus(catalog, session, id, form)));
        if (coding is not null)
        {
            app.MapCoding(catalog, coding, session);
        }
        app.MapFallback((HttpContext context) => UiResults.NotFound(ReaderText(context.Request.Query)));
    }

    private static IResult AddNote(ITestimonyCatalog catalog, UiSession session, Guid id, IFormCollection form)
    {
        var text = ReaderText(form);
        var note = form[UiForms.NoteField].ToString();
        if (catalog.Find(id, text.Code) is not { } detail)
        {
            return UiResults.NotFound(text);
        }
        string? problem = string.IsNullOrWhiteSpace(note) ? text.NoteEmpty
            : note.Length > UiForms.MaxNoteLength ? text.NoteTooLong(UiForms.MaxNoteLength)
            : null;
        if (problem is not null)
        {
            return UiResults.Page(TestimonyPage.Render(text, detail, catalog.Notes(id), session.FormToken, problem, note), StatusCodes.Status400BadRequest);
        }
        catalog.AddNote(id, note);
        return UiResults.SeeOther(PageAddress.Testimony(id, text.Code), "#notes");
    }

    private static IResult SetStatus(ITestimonyCatalog catalog, UiSession session, Guid id, IFormCollection form)
    {
        var text = ReaderText(form);
        if (catalog.Find(id, text.Code) is not { } detail)
        {
            return UiResults.NotFound(text);
        }
        if (StatusValues.Parse(form[UiForms.StatusField]) is not { } status)
        {
            return UiResults.Page(TestimonyPage.Render(text, detail, catalog.Notes(id), session.FormToken), StatusCodes.Status400BadRequest);
        }
        catalog.SetStatus(id, status);
        return UiResults.SeeOther(PageAddress.Testimony(id, text.Code));
    }

    // The form token is checked before the form is looked at any further.
    internal static async Task<IResult> WithFormAsync(HttpContext context, UiSession session, Func<IFormCollection, IResult> handle)
    {
        if (!context.Request.HasFormContentType)
        {
            return UiResults.FormRefused();
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        return session.IsFormToken(form[UiForms.FormTokenField]) ? handle(form) : UiResults.FormRefused();
    }

    internal static UiText ReaderText(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        UiLanguages.For(values.FirstOrDefault(pair => pair.Key == PageAddress.LanguageParameter).Value.ToString());
}
