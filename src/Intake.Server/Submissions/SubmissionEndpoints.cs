using Intake.Questionnaires;
using Intake.Server.Hosting;
using Intake.Server.Pages;
using Intake.Server.Questionnaire;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Intake.Server.Submissions;

/// <summary>POST /submit: the form, streamed into ciphertext.</summary>
public static class SubmissionEndpoints
{
    public static IEndpointRouteBuilder MapSubmissions(this IEndpointRouteBuilder app)
    {
        app.MapPost("/submit", SubmitAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext context,
        SubmissionReceiver receiver,
        UploadGate gate,
        QuestionnaireDefinition questionnaire,
        IAntiforgery antiforgery,
        IOptions<IntakeOptions> options)
    {
        var text = LanguageSelection.Resolve(context);
        using var slot = gate.TryEnter();
        if (slot is null)
        {
            return HtmlResult.WithStatus(ErrorPage.Render(text, text.ErrorBusy), StatusCodes.Status429TooManyRequests);
        }
        switch (await receiver.ReceiveAsync(context, text))
        {
            case SubmissionOutcome.Stored:
                return HtmlResult.SeeOther($"/thanks?lang={text.Code}");
            case SubmissionOutcome.Invalid invalid:
                var token = antiforgery.GetAndStoreTokens(context).RequestToken ?? string.Empty;
                var page = FormPage.Render(text, questionnaire, token, options.Value.MaxSubmissionBytes, invalid.Values, invalid.Errors);
                return HtmlResult.WithStatus(page, StatusCodes.Status400BadRequest);
            case SubmissionOutcome.Refused refused:
                return HtmlResult.WithStatus(ErrorPage.Render(text, refused.Message), refused.Status);
            default:
                throw new InvalidOperationException("Unknown submission outcome.");
        }
    }
}
