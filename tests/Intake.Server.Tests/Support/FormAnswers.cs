namespace Intake.Server.Tests.Support;

/// <summary>Answers to the default questionnaire, as form fields.</summary>
internal static class FormAnswers
{
    /// <summary>The three required consent questions, answered.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Consents { get; } =
    [
        new("consent_statistics", "yes"),
        new("consent_quotes", "no"),
        new("consent_un_and_courts", "yes"),
    ];

    /// <summary>A minimal valid form: the token, then the consents.</summary>
    public static MultipartBody Minimal(string token) => MultipartBody.WithToken(token).Fields(Consents);
}
