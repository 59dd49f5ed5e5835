using Intake.Server.Hosting;
using Intake.Server.Pages;

namespace Intake.Server.Security;

/// <summary>
/// Refuses requests relayed by tor2web gateways, which announce themselves with an
/// X-Tor2Web header: such a gateway sees everything the source types, and its operator
/// sees the source's IP address. The page tells the source to use Tor Browser instead.
/// </summary>
public static class Tor2WebRefusal
{
    public static IApplicationBuilder UseTor2WebRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Headers.ContainsKey("X-Tor2Web"))
        {
            var text = LanguageSelection.Resolve(context);
            await HtmlResult.WithStatus(ErrorPage.Render(text, text.ErrorForbidden), StatusCodes.Status403Forbidden).ExecuteAsync(context);
            return;
        }
        await next(context);
    });
}
