using System.Text.Json;

namespace Intake.Questionnaires;

/// <summary>
/// Loads the questionnaire file and checks all of it at start-up, so that a mistake in an
/// operator's edit stops the server with a clear message instead of reaching a source as a
/// broken form.
/// </summary>
public static class QuestionnaireLoader
{
    /// <summary>The questionnaire shipped with the server, copied beside the executable.</summary>
    public static string DefaultPath { get; } = Path.Combine(AppContext.BaseDirectory, "Questionnaire", "default-questionnaire.json");

    // Operators edit this file by hand: comments and trailing commas are forgiven. (A repeated
    // property is refused by QuestionnaireJsonObject, which can say where it is.)
    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <exception cref="QuestionnaireException">The file cannot be read, is not JSON, or breaks a rule; the message says where.</exception>
    public static QuestionnaireDefinition Load(string path)
    {
        using var document = Parse(path);
        return Read(QuestionnaireJsonObject.Root(document.RootElement, path));
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return JsonDocument.Parse(file, ParseOptions);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } zeroBased ? $"line {zeroBased + 1}: " : string.Empty;
            throw new QuestionnaireException($"{path}: {line}not valid JSON: {WithoutPosition(e.Message)}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new QuestionnaireException($"{path}: cannot read the file: {e.Message}", e);
        }
    }

    // System.Text.Json ends its messages with a zero-based " LineNumber: … | BytePositionInLine: …";
    // the one-based line is already given in front.
    private static string WithoutPosition(string message)
    {
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return position < 0 ? message : message[..position];
    }

    private static QuestionnaireDefinition Read(QuestionnaireJsonObject root)
    {
        root.AllowOnly("the questionnaire", ["id", "version", "languages", "labels", "sections"]);
        var id = root.String("id");
        if (!QuestionnaireNames.IsQuestionnaireId(id))
        {
            throw root.ProblemAt("id", $"\"{id}\" {QuestionnaireNames.QuestionnaireIdRule}");
        }

        var version = root.Int("version");
        if (version < 1)
        {
            throw root.ProblemAt("version", "must be 1 or more");
        }

        var languages = ReadLanguages(root);
        var labels = root.Object("labels");
        labels.AllowOnly("labels", ["yes", "no", "choose"]);

        var sections = new SectionsReader(languages);
        var definition = new QuestionnaireDefinition
        {
            Id = id,
            Version = version,
            Languages = languages,
            Labels = new AnswerLabels
            {
                Yes = labels.Text("yes", languages),
                No = labels.Text("no", languages),
                Choose = labels.Text("choose", languages),
            },
            Sections = root.Objects("sections").Select(sections.Read).ToList(),
        };
        sections.CheckEveryConsentAsked(root);
        return definition;
    }

    // The pages exist in every site language and show the questionnaire in the page's language,
    // so the questionnaire must speak exactly those.
    private static List<string> ReadLanguages(QuestionnaireJsonObject root)
    {
        var languages = new List<string>();
        foreach (var language in root.Strings("languages"))
        {
            if (!QuestionnaireLanguages.Supported.Contains(language))
            {
                throw root.ProblemAt("languages", $"\"{language}\" is not a site language ({string.Join(", ", QuestionnaireLanguages.Supported)})");
            }

            if (languages.Contains(language))
            {
                throw root.ProblemAt("languages", $"\"{language}\" appears twice");
            }

            languages.Add(language);
        }

        var missing = QuestionnaireLanguages.Supported.FirstOrDefault(language => !languages.Contains(language));
        return missing is null
            ? languages
            : throw root.ProblemAt("languages", $"\"{missing}\" is missing; the site is shown in {string.Join(", ", QuestionnaireLanguages.Supported)}, so every text needs all of them");
    }
}
