using System.Text.RegularExpressions;

namespace Intake.Questionnaires;

/// <summary>
/// The shapes of names in a questionnaire. Question ids become form field names and HTML ids
/// ("q-" + id, "q-" + id + "-help"), so they exclude "-" to keep those ids from colliding.
/// </summary>
internal static partial class QuestionnaireNames
{
    /// <summary>The form field of the file input; a question may not take its name.</summary>
    public const string AttachmentsField = "files";

    public const string IdRule = "must start with a lowercase letter a-z and contain only a-z, 0-9 and _";

    public const string QuestionnaireIdRule = "must start with a lowercase letter a-z and contain only a-z, 0-9, _ and -";

    public const string ChoiceValueRule = "may contain only letters a-z and A-Z, digits 0-9, _ and -";

    public static bool IsId(string name) => IdPattern().IsMatch(name);

    public static bool IsQuestionnaireId(string name) => QuestionnaireIdPattern().IsMatch(name);

    public static bool IsChoiceValue(string name) => ChoiceValuePattern().IsMatch(name);

    // \z, not $: $ also matches before a final newline.
    [GeneratedRegex(@"^[a-z][a-z0-9_]*\z")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9_-]*\z")]
    private static partial Regex QuestionnaireIdPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]+\z")]
    private static partial Regex ChoiceValuePattern();
}
