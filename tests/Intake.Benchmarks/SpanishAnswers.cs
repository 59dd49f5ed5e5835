using System.Text;
using System.Text.Json.Nodes;
using Intake.Questionnaires;

namespace Intake.Benchmarks;

/// <summary>
/// Plausible Spanish answers to a questionnaire, as the server would store them (AnswerValidator's
/// JSON types: strings, decimal numbers, booleans, arrays in questionnaire order), with the
/// longtext narrative padded so the whole answers document is about <see cref="TargetBytes"/>.
/// </summary>
internal static class SpanishAnswers
{
    public const int TargetBytes = 4096;

    // Only the structure matters to the importer; varied values keep the index and compression honest.
    private static readonly Dictionary<string, string[]> CitiesByCountry = new(StringComparer.Ordinal)
    {
        ["VE"] = ["Caracas", "Maracaibo", "Barquisimeto", "Valencia", "Ciudad Bolívar"],
        ["BO"] = ["La Paz", "Cochabamba", "Santa Cruz de la Sierra", "Sucre"],
        ["BR"] = ["São Paulo", "Manaos", "Recife", "Belém"],
        ["MX"] = ["Ciudad de México", "Oaxaca", "Chiapas", "Veracruz"],
        ["EC"] = ["Quito", "Guayaquil", "Cuenca"],
        ["GT"] = ["Ciudad de Guatemala", "Quetzaltenango", "Petén"],
        ["HN"] = ["Tegucigalpa", "San Pedro Sula"],
        ["NI"] = ["Managua", "León", "Bluefields"],
        ["PE"] = ["Lima", "Arequipa", "Cusco"],
        ["AO"] = ["Luanda", "Huambo", "Benguela"],
        ["QA"] = ["Doha"],
        ["IT"] = ["Crema", "Milán"],
    };

    private static readonly Dictionary<string, string[]> ProfessionsBySector = new(StringComparer.Ordinal)
    {
        ["medicine"] = ["Médico general integral", "Especialista en pediatría", "Cirujano", "Ginecobstetra"],
        ["nursing"] = ["Licenciada en enfermería", "Enfermero intensivista"],
        ["health_other"] = ["Estomatóloga", "Técnico de laboratorio clínico", "Fisioterapeuta"],
        ["construction"] = ["Ingeniero civil", "Albañil", "Electricista"],
        ["maritime"] = ["Marinero de cubierta", "Cocinero a bordo"],
        ["education"] = ["Maestra de primaria", "Profesor de matemáticas"],
        ["culture"] = ["Instructora de danza", "Músico"],
        ["sport"] = ["Entrenador de boxeo", "Preparadora física"],
        ["other"] = ["Técnico en informática", "Contador"],
    };

    private static readonly string[] NarrativeSentences =
    [
        "Me enteré de la misión por el director del policlínico, que me dijo que no podía negarme.",
        "El contrato lo vi por primera vez en el aeropuerto y no me dejaron quedarme con una copia.",
        "Al llegar, el coordinador nos recogió los pasaportes diciendo que era por nuestra seguridad.",
        "Trabajábamos de lunes a sábado y muchas veces también los domingos, sin pago adicional.",
        "Del salario que pagaba el país anfitrión solo recibíamos una parte pequeña en la mano.",
        "El resto iba a una cuenta congelada en Cuba que perderíamos si abandonábamos la misión.",
        "No podíamos salir de la ciudad sin permiso escrito y teníamos que estar en la casa antes de las ocho.",
        "Nos pedían informar sobre los compañeros que hablaban con los pacientes de política.",
        "Una compañera tuvo una relación con un hombre del lugar y la mandaron de regreso en una semana.",
        "Cada mes había una reunión política en la que teníamos que aplaudir y firmar un acta.",
        "Cuando decidí quedarme, llamaron a mi madre para decirle que yo era una traidora.",
        "Me dijeron que no podría volver a entrar a Cuba en ocho años ni ver a mis hijos.",
        "Hasta hoy no sé qué pasó con el dinero que me retuvieron durante tres años.",
        "Cuento esto para que se sepa cómo se vive en las misiones y para que cambie algo.",
    ];

    /// <summary>Answers for testimony <paramref name="index"/>; the same index always gives the same answers.</summary>
    public static byte[] Document(QuestionnaireDefinition questionnaire, int index)
    {
        var random = new Random(index);
        var answers = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        string? country = null;
        string? sector = null;
        string? returnBan = null;
        int startYear = random.Next(2005, 2022);
        foreach (Question question in questionnaire.Questions)
        {
            JsonNode? answer = question switch
            {
                SingleChoiceQuestion { Id: "mission_country" } choice =>
                    JsonValue.Create(country = Pick(random, [.. choice.Choices.Select(c => c.Value).Where(CitiesByCountry.ContainsKey)])),
                SingleChoiceQuestion { Id: "sector" } choice => JsonValue.Create(sector = Pick(random, [.. choice.Choices.Select(c => c.Value)])),
                SingleChoiceQuestion { Id: "return_ban" } choice => JsonValue.Create(returnBan = Pick(random, [.. choice.Choices.Select(c => c.Value)])),
                SingleChoiceQuestion choice => JsonValue.Create(Pick(random, [.. choice.Choices.Select(c => c.Value)])),
                MultipleChoiceQuestion choice => Subset(random, choice),
                YesNoQuestion => JsonValue.Create(question.Required ? random.Next(10) > 0 : random.Next(2) == 0),
                NumberQuestion { Id: "return_ban_years" } => returnBan == "banned" ? JsonValue.Create(8m) : null,
                NumberQuestion number => Number(random, number, startYear),
                TextQuestion { Id: "mission_city" } => country is null ? null : JsonValue.Create(Pick(random, CitiesByCountry[country])),
                TextQuestion { Id: "profession" } => sector is null ? null : JsonValue.Create(Pick(random, ProfessionsBySector.GetValueOrDefault(sector, ["Colaborador"]))),
                _ => null, // "other" texts stay blank, as most sources leave them; the narrative is added below.
            };
            if (answer is not null)
            {
                answers[question.Id] = answer;
            }
        }

        // Pad the narrative to the target: measure the document without it, then fill the difference.
        byte[] withoutNarrative = AnswersDocument.Serialize(questionnaire, "es", answers, []);
        string narrativeId = questionnaire.Questions.OfType<TextQuestion>().First(q => q.Multiline).Id;
        int overhead = Encoding.UTF8.GetByteCount($",\"{narrativeId}\":\"\"");
        answers[narrativeId] = JsonValue.Create(Narrative(random, TargetBytes - withoutNarrative.Length - overhead));
        return AnswersDocument.Serialize(questionnaire, "es", answers, []);
    }

    private static JsonValue? Number(Random random, NumberQuestion question, int startYear)
    {
        int value = question.Id switch
        {
            "mission_start_year" => startYear,
            "mission_end_year" when random.Next(5) == 0 => 0, // still on the mission: left blank
            "mission_end_year" => startYear + random.Next(1, 5),
            "pay_withheld_percent" => random.Next(50, 91),
            "hours_per_week" => random.Next(44, 85),
            _ => random.Next((int)question.Min, (int)question.Max + 1),
        };
        return value == 0 ? null : JsonValue.Create((decimal)value);
    }

    private static JsonArray? Subset(Random random, MultipleChoiceQuestion question)
    {
        // In questionnaire order, as the server stores them.
        JsonNode?[] chosen = [.. question.Choices.Where(_ => random.Next(3) == 0).Select(c => (JsonNode?)JsonValue.Create(c.Value))];
        return chosen.Length == 0 ? null : new JsonArray(chosen);
    }

    /// <summary>Sentences in paragraphs, as many as fit in <paramref name="bytes"/> bytes of JSON string.</summary>
    private static string Narrative(Random random, int bytes)
    {
        var text = new StringBuilder();
        int length = 0;
        string? previous = null;
        while (true)
        {
            string separator = text.Length == 0 ? "" : random.Next(4) == 0 ? "\n\n" : " ";
            string sentence = Pick(random, NarrativeSentences);
            if (sentence == previous)
            {
                continue; // the same sentence twice in a row reads like a bug, not a testimony
            }
            previous = sentence;
            // A line break is written as the two bytes \n in JSON; the letters are written as UTF-8.
            int added = Encoding.UTF8.GetByteCount(separator.Replace("\n", "\\n", StringComparison.Ordinal) + sentence);
            if (length + added > bytes)
            {
                return text.ToString();
            }
            text.Append(separator).Append(sentence);
            length += added;
        }
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
