namespace Intake.Questionnaires;

/// <summary>
/// Reads the sections of a questionnaire file in order, remembering what must be unique
/// across the whole file: section ids, question ids (they are form field names and answer
/// keys) and the use each consent question asks about.
/// </summary>
internal sealed class SectionsReader(IReadOnlyList<string> languages)
{
    private readonly Dictionary<string, string> sectionLocations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> questionLocations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> consentLocations = new(StringComparer.Ordinal);

    public QuestionSection Read(QuestionnaireJsonObject json)
    {
        json.AllowOnly("a section", ["id", "title", "intro", "questions"]);
        var id = json.String("id");
        if (!QuestionnaireNames.IsId(id))
        {
            throw json.ProblemAt("id", $"\"{id}\" {QuestionnaireNames.IdRule}");
        }

        Claim(sectionLocations, id, json, "id", $"section id \"{id}\" is already used at");
        return new QuestionSection
        {
            Id = id,
            Title = json.Text("title", languages),
            Intro = json.OptionalText("intro", languages),
            Questions = json.Objects("questions").Select(ReadQuestion).ToList(),
        };
    }

    public void CheckEveryConsentAsked(QuestionnaireJsonObject root)
    {
        var missing = ConsentUses.All.FirstOrDefault(use => !consentLocations.ContainsKey(use));
        if (missing is not null)
        {
            throw root.ProblemAt(
                "sections",
                $"no question asks for consent to \"{missing}\"; add a yesno question with \"consent\": \"{missing}\" and \"required\": true");
        }
    }

    private Question ReadQuestion(QuestionnaireJsonObject json)
    {
        var question = QuestionReader.Read(json, languages);
        Claim(questionLocations, question.Id, json, "id", $"question id \"{question.Id}\" is already used at");
        if (question is YesNoQuestion { ConsentUse: { } use })
        {
            Claim(consentLocations, use, json, "consent", $"consent to \"{use}\" is already asked at");
        }

        return question;
    }

    private static void Claim(Dictionary<string, string> claimed, string key, QuestionnaireJsonObject json, string property, string alreadyUsed)
    {
        if (!claimed.TryAdd(key, json.Location))
        {
            throw json.ProblemAt(property, $"{alreadyUsed} {claimed[key]}");
        }
    }
}
