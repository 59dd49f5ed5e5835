using System.Globalization;
using System.Text.Json;
using Intake.Review.Workspace;

namespace Intake.Review.Coding;

/// <summary>
/// The case attributes the questionnaire answers already tell, suggested to the coder, who
/// confirms them (nothing is coded by this class). A suggestion is made only from an answer
/// that yields a valid value; "don't know" and blank answers suggest nothing.
/// </summary>
public static class AttributePrefill
{
    public static IReadOnlyList<AttributeSuggestion> From(AnswersContent answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var codebook = Codebook.Load();
        var candidates = new List<AttributeSuggestion?>
        {
            Suggest("attr.host_country", "mission_country", answers.TextAnswer("mission_country")),
            Suggest("attr.sector", "sector", answers.TextAnswer("sector")),
            Suggest("attr.profession", "profession", answers.TextAnswer("profession")),
            MissionYears(answers),
            Suggest("attr.employer", "employer", answers.TextAnswer("employer") is "dont_know" ? null : answers.TextAnswer("employer")),
            Suggest("attr.pay_withheld_percent", "pay_withheld_percent", Number(answers, "pay_withheld_percent")),
            Suggest("attr.passport_retained", "passport_held_by", answers.TextAnswer("passport_held_by") switch
            {
                null => null,
                "myself" => "no",
                _ => "yes",
            }),
            Suggest("attr.family_threatened", "threats_against_family", YesNo(answers, "threats_against_family")),
            Suggest("attr.barred_from_returning", "return_ban", answers.TextAnswer("return_ban") switch
            {
                "banned" or "threatened" => "yes",
                "no" => "no",
                _ => null,
            }),
            Suggest("attr.left_mission", "left_mission", answers.TextAnswer("left_mission") switch
            {
                { } left when left.StartsWith("left_", StringComparison.Ordinal) => "yes",
                "still_on_mission" or "completed" or "sent_back" => "no",
                _ => null,
            }),
        };
        return [.. candidates.OfType<AttributeSuggestion>().Select(suggestion => Normalized(codebook, suggestion)).OfType<AttributeSuggestion>()];
    }

    private static AttributeSuggestion? Suggest(string codeId, string questionId, string? value) =>
        value is null ? null : new AttributeSuggestion(codeId, value, questionId);

    private static AttributeSuggestion? MissionYears(AnswersContent answers)
    {
        var start = Number(answers, "mission_start_year");
        var end = Number(answers, "mission_end_year");
        var years = (start, end) switch
        {
            (_, null) => start,
            (null, _) => end,
            _ when start == end => start,
            _ => $"{start}-{end}",
        };
        return Suggest("attr.mission_years", start is null ? "mission_end_year" : "mission_start_year", years);
    }

    private static string? Number(AnswersContent answers, string questionId) =>
        Answer(answers, questionId) is { ValueKind: JsonValueKind.Number } number && number.TryGetDecimal(out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : null;

    private static string? YesNo(AnswersContent answers, string questionId) => Answer(answers, questionId)?.ValueKind switch
    {
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.String => answers.TextAnswer(questionId) is "yes" or "no" ? answers.TextAnswer(questionId) : null,
        _ => null,
    };

    private static JsonElement? Answer(AnswersContent answers, string questionId) =>
        answers.Answers.FirstOrDefault(answer => answer.Key == questionId) is { Key: not null } found ? found.Value : null;

    // An answer the codebook would refuse (a country outside ISO 3166, say) suggests nothing.
    private static AttributeSuggestion? Normalized(Codebook codebook, AttributeSuggestion suggestion)
    {
        try
        {
            return suggestion with { Value = CodeValues.Check(codebook.Require(suggestion.CodeId), suggestion.Value)! };
        }
        catch (ReviewException)
        {
            return null;
        }
    }
}
