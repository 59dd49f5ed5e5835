using Intake.Questionnaires;
namespace Intake.Server.Questionnaire;

/// <summary>
/// The HTML ids of a question's parts. The error summary links to <see cref="Field"/>, which
/// is the input itself, or the first option of a group, so following the link lands on
/// something the source can answer. Question ids have no "-", so these cannot collide.
/// </summary>
internal static class FieldIds
{
    public static string Field(string questionId) => "q-" + questionId;

    public static string Help(string questionId) => $"q-{questionId}-help";

    public static string Error(string questionId) => $"q-{questionId}-error";

    public static string Option(string questionId, int index) =>
        index == 0 ? Field(questionId) : $"q-{questionId}-{index}";
}
