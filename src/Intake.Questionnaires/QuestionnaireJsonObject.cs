using System.Text.Json;

namespace Intake.Questionnaires;

/// <summary>
/// A JSON object of the questionnaire file together with where it sits in the file
/// ("sections[2].questions[4]"), so that every problem found while reading it names the file
/// and the place. The file is read by hand rather than deserialized so that each mistake an
/// operator can make gets a sentence they can act on, not a .NET type name.
/// </summary>
internal sealed class QuestionnaireJsonObject
{
    private readonly JsonElement element;
    private readonly string filePath;

    private QuestionnaireJsonObject(JsonElement element, string location, string filePath)
    {
        this.element = element;
        this.filePath = filePath;
        Location = location;

        // The parser keeps both values of a repeated property; one would silently win.
        var repeated = PropertyNames.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
        {
            throw Problem($"property \"{repeated.Key}\" appears twice");
        }
    }

    /// <summary>Empty for the top-level object.</summary>
    public string Location { get; }

    private IEnumerable<string> PropertyNames => element.EnumerateObject().Select(property => property.Name);

    public static QuestionnaireJsonObject Root(JsonElement element, string filePath) =>
        element.ValueKind == JsonValueKind.Object
            ? new(element, string.Empty, filePath)
            : throw new QuestionnaireException($"{filePath}: the file must hold one JSON object {{ ... }}");

    public QuestionnaireException Problem(string problem) => ProblemAtLocation(Location, problem);

    public QuestionnaireException ProblemAt(string property, string problem) => ProblemAtLocation(PropertyLocation(property), problem);

    /// <summary>Refuses properties this object cannot have: a misspelt or misplaced name would otherwise be silently ignored.</summary>
    public void AllowOnly(string whatThisIs, IReadOnlyList<string> allowed)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                throw Problem($"unknown property \"{property.Name}\" in {whatThisIs}; allowed here: {string.Join(", ", allowed)}");
            }
        }
    }

    public string String(string property) => TextIn(Required(property), PropertyLocation(property));

    public string? OptionalString(string property) => Has(property) ? String(property) : null;

    public int Int(string property) =>
        Required(property) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number)
            ? number
            : throw ProblemAt(property, "expected a whole number");

    public decimal Decimal(string property) =>
        Required(property) is { ValueKind: JsonValueKind.Number } value && value.TryGetDecimal(out var number)
            ? number
            : throw ProblemAt(property, "expected a number");

    public bool Bool(string property, bool whenAbsent)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return whenAbsent;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw ProblemAt(property, "expected true or false"),
        };
    }

    public QuestionnaireJsonObject Object(string property) => AsObject(Required(property), PropertyLocation(property));

    /// <summary>A text given in every language of the questionnaire, and in no other.</summary>
    public LocalizedText Text(string property, IReadOnlyList<string> languages)
    {
        var texts = Object(property);
        var unknown = texts.PropertyNames.FirstOrDefault(name => !languages.Contains(name));
        if (unknown is not null)
        {
            throw texts.Problem($"\"{unknown}\" is not one of the questionnaire's languages ({string.Join(", ", languages)})");
        }

        var missing = languages.FirstOrDefault(language => !texts.Has(language));
        if (missing is not null)
        {
            throw texts.Problem($"no text for \"{missing}\"");
        }

        return new LocalizedText(languages.ToDictionary(language => language, texts.String, StringComparer.Ordinal));
    }

    public LocalizedText? OptionalText(string property, IReadOnlyList<string> languages) =>
        Has(property) ? Text(property, languages) : null;

    /// <summary>A list of objects that must not be empty.</summary>
    public IReadOnlyList<QuestionnaireJsonObject> Objects(string property) =>
        Items(property).Select(item => AsObject(item.Value, item.Location)).ToList();

    /// <summary>A list of texts that must not be empty.</summary>
    public IReadOnlyList<string> Strings(string property) =>
        Items(property).Select(item => TextIn(item.Value, item.Location)).ToList();

    private bool Has(string property) => element.TryGetProperty(property, out _);

    private string PropertyLocation(string property) => Location.Length == 0 ? property : $"{Location}.{property}";

    private string TextIn(JsonElement value, string location)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw ProblemAtLocation(location, "expected a text in double quotes");
        }

        var text = value.GetString()!;
        return string.IsNullOrWhiteSpace(text) ? throw ProblemAtLocation(location, "is empty") : text;
    }

    private List<(JsonElement Value, string Location)> Items(string property)
    {
        var value = Required(property);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw ProblemAt(property, "expected a list [ ... ]");
        }

        if (value.GetArrayLength() == 0)
        {
            throw ProblemAt(property, "the list is empty");
        }

        var location = PropertyLocation(property);
        return value.EnumerateArray().Select((item, index) => (item, $"{location}[{index}]")).ToList();
    }

    private QuestionnaireJsonObject AsObject(JsonElement value, string location) =>
        value.ValueKind == JsonValueKind.Object
            ? new(value, location, filePath)
            : throw ProblemAtLocation(location, "expected an object { ... }");

    private JsonElement Required(string property) =>
        element.TryGetProperty(property, out var value) ? value : throw ProblemAt(property, "missing");

    private QuestionnaireException ProblemAtLocation(string location, string problem) =>
        new($"{filePath}: {(location.Length == 0 ? "(top level)" : location)}: {problem}");
}
