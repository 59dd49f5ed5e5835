namespace Intake.Questionnaires;

/// <summary>
/// The questionnaire file cannot be used. The message names the file and the place in it
/// ("questionnaire.json: sections[2].questions[4].choices[1]: choice "x" appears twice"),
/// because the operator reads it at start-up and must be able to fix the file from it alone.
/// </summary>
public sealed class QuestionnaireException : Exception
{
    public QuestionnaireException(string message)
        : base(message)
    {
    }

    public QuestionnaireException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
