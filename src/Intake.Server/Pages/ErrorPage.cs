using Intake.Server.Localization;

namespace Intake.Server.Pages;

/// <summary>A translated error page: what happened and what to do, never a technical detail.</summary>
internal static class ErrorPage
{
    public static string Render(SiteText text, string message) => Layout.Render(text, text.ErrorHeading, "/", $"""
        <h1>{Html.Encode(text.ErrorHeading)}</h1>
        <p class="notice" role="alert">{Html.Encode(message)}</p>
        <p><a href="/?lang={text.Code}">{Html.Encode(text.BackToStart)}</a></p>
        """);

    /// <summary>The message for an HTTP status the site can answer with.</summary>
    public static string MessageFor(SiteText text, int status) => status switch
    {
        StatusCodes.Status400BadRequest => text.ErrorBadRequest,
        StatusCodes.Status403Forbidden => text.ErrorForbidden,
        StatusCodes.Status404NotFound or StatusCodes.Status405MethodNotAllowed => text.ErrorNotFound,
        StatusCodes.Status429TooManyRequests => text.ErrorBusy,
        StatusCodes.Status503ServiceUnavailable => text.ErrorUnavailable,
        StatusCodes.Status507InsufficientStorage => text.ErrorDiskFull,
        _ => text.ErrorServer,
    };
}
