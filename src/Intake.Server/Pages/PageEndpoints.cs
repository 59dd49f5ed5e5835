using Intake.Questionnaires;
using System.Reflection;
using Intake.Server.Hosting;
using Intake.Server.Questionnaire;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Intake.Server.Pages;

/// <summary>The source-facing pages: landing, form, confirmation, and the stylesheet.</summary>
public static class PageEndpoints
{
    private static readonly byte[] Stylesheet = LoadStylesheet();

    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => HtmlResult.Ok(LandingPage.Render(LanguageSelection.Resolve(context))));
        app.MapGet("/form", (HttpContext context, QuestionnaireDefinition questionnaire, IAntiforgery antiforgery, IOptions<IntakeOptions> options) =>
        {
            var text = LanguageSelection.Resolve(context);
            var token = antiforgery.GetAndStoreTokens(context).RequestToken ?? string.Empty;
            return HtmlResult.Ok(FormPage.Render(text, questionnaire, token, options.Value.MaxSubmissionBytes, new Dictionary<string, IReadOnlyList<string>>(), []));
        });
        app.MapGet("/thanks", (HttpContext context) => HtmlResult.Ok(ConfirmationPage.Render(LanguageSelection.Resolve(context))));
        app.MapGet("/site.css", () => Results.Bytes(Stylesheet, "text/css; charset=utf-8"));
        return app;
    }

    private static byte[] LoadStylesheet()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("site.css")
            ?? throw new InvalidOperationException("The stylesheet is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
