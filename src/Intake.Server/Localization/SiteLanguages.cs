using Intake.Questionnaires;

namespace Intake.Server.Localization;

/// <summary>
/// The languages the site is written in. The language is the source's own choice (query or
/// cookie), never read from Accept-Language; anything unknown falls back to Spanish, the
/// language most sources read.
/// </summary>
public static class SiteLanguages
{
    public const string Default = QuestionnaireLanguages.Default;

    public static IReadOnlyList<string> Supported => QuestionnaireLanguages.Supported;

    /// <summary>The texts for a language code, matched without regard to case; Spanish when unknown or null.</summary>
    public static SiteText For(string? code) => Match(code) switch
    {
        "en" => EnglishSiteText.Text,
        "pt" => PortugueseSiteText.Text,
        _ => SpanishSiteText.Text,
    };

    public static bool IsSupported(string? code) => Match(code) is not null;

    private static string? Match(string? code) =>
        Supported.FirstOrDefault(supported => string.Equals(supported, code, StringComparison.OrdinalIgnoreCase));
}
