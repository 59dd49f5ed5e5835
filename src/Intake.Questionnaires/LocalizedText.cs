
namespace Intake.Questionnaires;

/// <summary>
/// One text of the questionnaire file in every site language. The loader guarantees every
/// site language is present, so <see cref="In"/> falls back to Spanish only for a code the
/// site does not know.
/// </summary>
public sealed class LocalizedText(IReadOnlyDictionary<string, string> byLanguage)
{
    public string In(string languageCode) =>
        byLanguage.TryGetValue(languageCode, out var text) ? text : byLanguage[QuestionnaireLanguages.Default];
}
