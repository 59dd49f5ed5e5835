using Intake.Questionnaires;
using System.Text.Json.Nodes;
using Intake.Server.Questionnaire;

namespace Intake.Server.Tests.Questionnaire;

/// <summary>
/// A small valid questionnaire with one question of every kind, as JSON to be varied by the
/// tests. Question positions matter to the expected error locations:
/// sections[0]: city, country, sector, start_year, hours, watched, signed, story;
/// sections[1]: consent_statistics, consent_quotes, consent_courts.
/// </summary>
internal static class SampleQuestionnaire
{
    private const string Json = """
        {
          "id": "sample",
          "version": 2,
          "languages": ["es", "en", "pt"],
          "labels": {
            "yes": {"es": "Sí", "en": "Yes", "pt": "Sim"},
            "no": {"es": "No", "en": "No", "pt": "Não"},
            "choose": {"es": "Elija", "en": "Choose", "pt": "Escolha"}
          },
          "sections": [
            {
              "id": "about",
              "title": {"es": "Sobre la misión", "en": "About the mission", "pt": "Sobre a missão"},
              "intro": {"es": "Responda lo que quiera.", "en": "Answer what you want.", "pt": "Responda o que quiser."},
              "questions": [
                {"id": "city", "type": "text", "label": {"es": "Ciudad", "en": "City", "pt": "Cidade"},
                 "help": {"es": "O región", "en": "Or region", "pt": "Ou região"}, "maxLength": 10},
                {"id": "country", "type": "choice", "control": "select", "label": {"es": "País", "en": "Country", "pt": "País"},
                 "choices": [
                   {"value": "VE", "label": {"es": "Venezuela", "en": "Venezuela", "pt": "Venezuela"}},
                   {"value": "QA", "label": {"es": "Qatar", "en": "Qatar", "pt": "Catar"}}
                 ]},
                {"id": "sector", "type": "choice", "label": {"es": "Sector", "en": "Sector", "pt": "Setor"},
                 "choices": [
                   {"value": "medicine", "label": {"es": "Medicina", "en": "Medicine", "pt": "Medicina"}},
                   {"value": "nursing", "label": {"es": "Enfermería", "en": "Nursing", "pt": "Enfermagem"}}
                 ]},
                {"id": "start_year", "type": "number", "label": {"es": "Año", "en": "Year", "pt": "Ano"}, "min": 1960, "max": 2030},
                {"id": "hours", "type": "number", "label": {"es": "Horas", "en": "Hours", "pt": "Horas"}, "min": 0, "max": 168, "allowDecimals": true},
                {"id": "watched", "type": "multichoice", "label": {"es": "Vigilancia", "en": "Surveillance", "pt": "Vigilância"},
                 "choices": [
                   {"value": "minders", "label": {"es": "Vigilantes", "en": "Minders", "pt": "Vigias"}},
                   {"value": "phones", "label": {"es": "Teléfonos", "en": "Phones", "pt": "Celulares"}},
                   {"value": "meetings", "label": {"es": "Reuniones", "en": "Meetings", "pt": "Reuniões"}}
                 ]},
                {"id": "signed", "type": "yesno", "label": {"es": "¿Firmó?", "en": "Did you sign?", "pt": "Assinou?"}},
                {"id": "story", "type": "longtext", "label": {"es": "Historia", "en": "Story", "pt": "História"}, "maxLength": 50}
              ]
            },
            {
              "id": "consent",
              "title": {"es": "Permiso", "en": "Permission", "pt": "Autorização"},
              "questions": [
                {"id": "consent_statistics", "type": "yesno", "required": true, "consent": "statistics",
                 "label": {"es": "¿Estadísticas?", "en": "Statistics?", "pt": "Estatísticas?"}},
                {"id": "consent_quotes", "type": "yesno", "required": true, "consent": "quotes",
                 "label": {"es": "¿Citas?", "en": "Quotes?", "pt": "Citações?"}},
                {"id": "consent_courts", "type": "yesno", "required": true, "consent": "un_bodies_and_courts",
                 "label": {"es": "¿Tribunales?", "en": "Courts?", "pt": "Tribunais?"}}
              ]
            }
          ]
        }
        """;

    public static JsonObject AsJson() => JsonNode.Parse(Json)!.AsObject();

    public static JsonObject Question(JsonObject questionnaire, int section, int question) =>
        questionnaire["sections"]![section]!["questions"]![question]!.AsObject();

    public static QuestionnaireDefinition Load() => Load(AsJson().ToJsonString());

    public static QuestionnaireDefinition Load(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"questionnaire-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            return QuestionnaireLoader.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
