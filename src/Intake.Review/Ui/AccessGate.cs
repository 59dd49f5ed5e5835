using System.Globalization;
using Intake.Review.Ui.Pages;

namespace Intake.Review.Ui;

/// <summary>
/// In front of every request: the Host must be this server's loopback address (a web page
/// whose name was rebound to 127.0.0.1 sends its own name and is refused), and the browser
/// must hold this run's session cookie or bring the one-time link token, which is exchanged
/// for the cookie and removed from the address bar by a redirect.
/// </summary>
internal static class AccessGate
{
    public const string TokenParameter = "token";

    public static IApplicationBuilder UseAccessGate(this IApplicationBuilder app, UiSession session) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            // The port is the one this connection came in on: the server's own, chosen at random when it started.
            var port = context.Connection.LocalPort.ToString(CultureInfo.InvariantCulture);
            if (!string.Equals(request.Host.Value, $"127.0.0.1:{port}", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(request.Host.Value, $"localhost:{port}", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("This review UI answers only at 127.0.0.1 and localhost.\n");
                return;
            }
            var cookieName = UiSession.CookieName(context.Connection.LocalPort);
            var hasToken = request.Query.ContainsKey(TokenParameter);
            if (session.IsSessionCookie(request.Cookies[cookieName]))
            {
                if (hasToken)
                {
                    // The link opened again in the same browser: drop the token from the address bar.
                    RedirectWithoutToken(context);
                    return;
                }
                await next(context);
                return;
            }
            if (hasToken && HttpMethods.IsGet(request.Method) && session.TryRedeem(request.Query[TokenParameter], out var secret))
            {
                context.Response.Cookies.Append(cookieName, secret, new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Strict,
                    Path = "/",
                    // Plain HTTP on loopback: a Secure cookie would never be sent back.
                    Secure = false,
                    IsEssential = true,
                });
                RedirectWithoutToken(context);
                return;
            }
            await UiResults.Forbidden().ExecuteAsync(context);
        });

    // Always to the list: the printed link points there, and a fixed target cannot be turned into an open redirect.
    private static void RedirectWithoutToken(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = "/";
    }
}
