using Intake.Server.Localization;

namespace Intake.Server.Pages;

/// <summary>Shown after a testimony is stored. It repeats nothing of what was sent.</summary>
internal static class ConfirmationPage
{
    public static string Render(SiteText text) => Layout.Render(text, text.ConfirmationHeading, "/thanks", $"""
        <h1>{Html.Encode(text.ConfirmationHeading)}</h1>
        {Html.Paragraphs(text.ConfirmationParagraphs)}
        <p><a href="/?lang={text.Code}">{Html.Encode(text.BackToStart)}</a></p>
        """);
}
