namespace Intake.Server.Tests.Questionnaire;

/// <summary>Builds a posted form as the server reads it: every field name with all its values.</summary>
internal static class FormValues
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Of(params (string Name, string Value)[] fields) =>
        fields.GroupBy(field => field.Name)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<string>)group.Select(field => field.Value).ToList());

    /// <summary>All three consent questions of the sample answered, plus the given fields.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> WithConsent(params (string Name, string Value)[] fields) =>
        Of([("consent_statistics", "yes"), ("consent_quotes", "no"), ("consent_courts", "yes"), .. fields]);
}
