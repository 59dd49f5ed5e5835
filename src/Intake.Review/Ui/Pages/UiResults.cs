using Intake.Review.Ui.Text;

namespace Intake.Review.Ui.Pages;

/// <summary>Pages as responses, and the short pages for refusals and misses.</summary>
internal static class UiResults
{
    private const string HtmlType = "text/html; charset=utf-8";

    public static IResult Page(string html, int status = StatusCodes.Status200OK) => Results.Content(html, HtmlType, statusCode: status);

    /// <summary>303 after a POST, so reloading the page never sends the form again.</summary>
    public static IResult SeeOther(PageAddress address, string fragment = "") => new SeeOtherResult(address + fragment);

    public static IResult NotFound(UiText text) => Page(
        UiLayout.Render(text, text.NotFoundHeading, PageAddress.List(text.Code), $"""
            <h1>{UiHtml.Encode(text.NotFoundHeading)}</h1>
            <p class="notice">{UiHtml.Encode(text.NotFoundMessage)}</p>
            <p><a href="{UiHtml.Encode(PageAddress.List(text.Code).ToString())}">{UiHtml.Encode(text.BackToList)}</a></p>
            """),
        StatusCodes.Status404NotFound);

    /// <summary>
    /// The refusal for a browser without this run's session: no stylesheet (it too is behind the
    /// session) and every language, since nothing says which one the reader chose.
    /// </summary>
    public static IResult Forbidden() => Refusal(text => text.ForbiddenMessage);

    /// <summary>A form without this session's form token: a page on another site, or a stale tab.</summary>
    public static IResult FormRefused() => Refusal(text => text.FormRefused);

    private static IResult Refusal(Func<UiText, string> message)
    {
        var texts = UiLanguages.Supported.Select(UiLanguages.For).ToList();
        var paragraphs = string.Concat(texts.Select(text => $"<p lang=\"{text.Code}\">{UiHtml.Encode(message(text))}</p>\n"));
        var html = $"""
            <!DOCTYPE html>
            <html lang="{texts[0].Code}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>{UiHtml.Encode(texts[0].ForbiddenHeading)}</title>
            </head>
            <body>
            <h1>{string.Join(" · ", texts.Select(text => $"<span lang=\"{text.Code}\">{UiHtml.Encode(text.ForbiddenHeading)}</span>"))}</h1>
            {paragraphs}
            </body>
            </html>
            """;
        return Page(html, StatusCodes.Status403Forbidden);
    }

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
