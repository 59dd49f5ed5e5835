namespace Intake.Questionnaires;

/// <summary>
/// The languages every questionnaire text is written in: the site's languages, which the
/// reviewer tool also reads answers in. Spanish comes first because most sources read it.
/// </summary>
public static class QuestionnaireLanguages
{
    public const string Default = "es";

    public static IReadOnlyList<string> Supported { get; } = ["es", "en", "pt"];
}
