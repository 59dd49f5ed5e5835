using Intake.Questionnaires;

namespace Intake.Review.Workspace;

/// <summary>
/// The questionnaire definitions this program can label answers with: the default
/// questionnaire copied beside the executable. A testimony answered to another id or version
/// is shown with raw question ids rather than with labels that might not fit its questions.
/// </summary>
internal static class KnownQuestionnaires
{
    private static readonly Lazy<QuestionnaireDefinition?> Default = new(LoadDefault);

    public static QuestionnaireDefinition? Find(string id, int version) =>
        Default.Value is { } definition && definition.Id == id && definition.Version == version ? definition : null;

    private static QuestionnaireDefinition? LoadDefault()
    {
        try
        {
            return QuestionnaireLoader.Load(QuestionnaireLoader.DefaultPath);
        }
        catch (QuestionnaireException)
        {
            return null;
        }
    }
}
