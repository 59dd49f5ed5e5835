using Intake.Questionnaires;

namespace Intake.Review.Ui.Text;

/// <summary>
/// The languages a reviewer can read the UI and the answers in: the questionnaire's. The choice
/// is a query parameter carried by every link and form; anything unknown falls back to Spanish.
/// </summary>
public static class UiLanguages
{
    public static IReadOnlyList<string> Supported => QuestionnaireLanguages.Supported;

    public static UiText For(string? code) => Match(code) switch
    {
        "en" => EnglishUiText.Text,
        "pt" => PortugueseUiText.Text,
        _ => SpanishUiText.Text,
    };

    private static string? Match(string? code) =>
        Supported.FirstOrDefault(supported => string.Equals(supported, code, StringComparison.OrdinalIgnoreCase));
}
