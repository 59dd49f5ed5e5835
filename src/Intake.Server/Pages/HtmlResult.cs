namespace Intake.Server.Pages;

/// <summary>A rendered page with its status code.</summary>
internal static class HtmlResult
{
    public static IResult Ok(string html) => Results.Content(html, "text/html; charset=utf-8");

    public static IResult WithStatus(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    /// <summary>303 after a POST, so reloading the confirmation never resends the form.</summary>
    public static IResult SeeOther(string location) => new SeeOtherResult(location);

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
