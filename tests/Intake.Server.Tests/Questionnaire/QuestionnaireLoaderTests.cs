using Intake.Questionnaires;
using System.Text.Json.Nodes;
using Intake.Server.Questionnaire;

namespace Intake.Server.Tests.Questionnaire;

public sealed class QuestionnaireLoaderTests : IDisposable
{
    private static readonly Dictionary<string, (Action<JsonObject> Change, string Problem)> InvalidCases = new()
    {
        ["version zero"] = (q => q["version"] = 0, "version: must be 1 or more"),
        ["version as text"] = (q => q["version"] = "1", "version: expected a whole number"),
        ["version missing"] = (q => q.Remove("version"), "version: missing"),
        ["questionnaire id with capitals"] = (q => q["id"] = "Mission",
            "id: \"Mission\" must start with a lowercase letter a-z and contain only a-z, 0-9, _ and -"),
        ["unknown top-level property"] = (q => q["titel"] = "x",
            "(top level): unknown property \"titel\" in the questionnaire; allowed here: id, version, languages, labels, sections"),
        ["a site language missing"] = (q => q["languages"] = new JsonArray("es", "en"),
            "languages: \"pt\" is missing; the site is shown in es, en, pt, so every text needs all of them"),
        ["a language the site lacks"] = (q => q["languages"]!.AsArray().Add("fr"), "languages: \"fr\" is not a site language (es, en, pt)"),
        ["a language twice"] = (q => q["languages"]!.AsArray().Add("en"), "languages: \"en\" appears twice"),
        ["labels missing"] = (q => q.Remove("labels"), "labels: missing"),
        ["a label without one language"] = (q => Question(q, 0, 0)["label"]!.AsObject().Remove("pt"),
            "sections[0].questions[0].label: no text for \"pt\""),
        ["a blank label"] = (q => Question(q, 0, 0)["label"]!["en"] = "  ", "sections[0].questions[0].label.en: is empty"),
        ["a label in an undeclared language"] = (q => Question(q, 0, 0)["label"]!["fr"] = "Ville",
            "sections[0].questions[0].label: \"fr\" is not one of the questionnaire's languages (es, en, pt)"),
        ["a label missing"] = (q => Question(q, 0, 0).Remove("label"), "sections[0].questions[0].label: missing"),
        ["a help text without one language"] = (q => Question(q, 0, 0)["help"]!.AsObject().Remove("es"),
            "sections[0].questions[0].help: no text for \"es\""),
        ["a section title missing"] = (q => q["sections"]![1]!.AsObject().Remove("title"), "sections[1].title: missing"),
        ["a choice label without one language"] = (q => Question(q, 0, 2)["choices"]![1]!["label"]!.AsObject().Remove("en"),
            "sections[0].questions[2].choices[1].label: no text for \"en\""),
        ["a question id twice"] = (q => Question(q, 0, 7)["id"] = "city",
            "sections[0].questions[7].id: question id \"city\" is already used at sections[0].questions[0]"),
        ["a question id twice across sections"] = (q => Question(q, 1, 1)["id"] = "city",
            "sections[1].questions[1].id: question id \"city\" is already used at sections[0].questions[0]"),
        ["a question id with a space"] = (q => Question(q, 0, 0)["id"] = "city name",
            "sections[0].questions[0].id: \"city name\" must start with a lowercase letter a-z and contain only a-z, 0-9 and _"),
        ["a question id with a hyphen"] = (q => Question(q, 0, 0)["id"] = "city-name",
            "sections[0].questions[0].id: \"city-name\" must start with a lowercase letter a-z and contain only a-z, 0-9 and _"),
        ["a question id starting with a digit"] = (q => Question(q, 0, 0)["id"] = "1city",
            "sections[0].questions[0].id: \"1city\" must start with a lowercase letter a-z and contain only a-z, 0-9 and _"),
        ["the attachments field name as a question id"] = (q => Question(q, 0, 0)["id"] = "files",
            "sections[0].questions[0].id: \"files\" is reserved for the attachments field of the form"),
        ["a section id twice"] = (q => q["sections"]![1]!["id"] = "about",
            "sections[1].id: section id \"about\" is already used at sections[0]"),
        ["an unknown type"] = (q => Question(q, 0, 0)["type"] = "radio",
            "sections[0].questions[0].type: unknown type \"radio\"; use one of text, longtext, number, choice, multichoice, yesno"),
        ["a type missing"] = (q => Question(q, 0, 0).Remove("type"), "sections[0].questions[0].type: missing"),
        ["a maxLength of zero"] = (q => Question(q, 0, 0)["maxLength"] = 0, "sections[0].questions[0].maxLength: must be 1 or more"),
        ["a negative maxLength"] = (q => Question(q, 0, 7)["maxLength"] = -5, "sections[0].questions[7].maxLength: must be 1 or more"),
        ["a maxLength missing"] = (q => Question(q, 0, 0).Remove("maxLength"), "sections[0].questions[0].maxLength: missing"),
        ["no choices"] = (q => Question(q, 0, 1)["choices"] = new JsonArray(), "sections[0].questions[1].choices: the list is empty"),
        ["a choice twice"] = (q => Question(q, 0, 2)["choices"]!.AsArray().Add(Choice("medicine")),
            "sections[0].questions[2].choices[2]: choice \"medicine\" appears twice"),
        ["a choice twice in a multichoice"] = (q => Question(q, 0, 5)["choices"]!.AsArray().Insert(1, Choice("minders")),
            "sections[0].questions[5].choices[1]: choice \"minders\" appears twice"),
        ["a choice value with a space"] = (q => Question(q, 0, 2)["choices"]![0]!["value"] = "a b",
            "sections[0].questions[2].choices[0].value: \"a b\" may contain only letters a-z and A-Z, digits 0-9, _ and -"),
        ["an unknown control"] = (q => Question(q, 0, 1)["control"] = "dropdown",
            "sections[0].questions[1].control: unknown control \"dropdown\"; use radio or select"),
        ["min greater than max"] = (q => Question(q, 0, 3)["min"] = 2040, "sections[0].questions[3]: min (2040) is greater than max (2030)"),
        ["a max missing"] = (q => Question(q, 0, 3).Remove("max"), "sections[0].questions[3].max: missing"),
        ["a min as text"] = (q => Question(q, 0, 3)["min"] = "1960", "sections[0].questions[3].min: expected a number"),
        ["a property of another type"] = (q => Question(q, 0, 0)["choices"] = new JsonArray(),
            "sections[0].questions[0]: unknown property \"choices\" in a text question; allowed here: id, type, label, help, required, maxLength"),
        ["a misspelt property"] = (q => Question(q, 0, 3)["maxx"] = 5,
            "sections[0].questions[3]: unknown property \"maxx\" in a number question; allowed here: id, type, label, help, required, min, max, allowDecimals"),
        ["required as text"] = (q => Question(q, 0, 0)["required"] = "yes", "sections[0].questions[0].required: expected true or false"),
        ["a consent question not required"] = (q => Question(q, 1, 1)["required"] = false,
            "sections[1].questions[1].required: a consent question must be required (\"required\": true), so that every source answers yes or no"),
        ["a consent question without required"] = (q => Question(q, 1, 0).Remove("required"),
            "sections[1].questions[0].required: a consent question must be required (\"required\": true), so that every source answers yes or no"),
        ["a consent use missing"] = (q => q["sections"]![1]!["questions"]!.AsArray().RemoveAt(2),
            "sections: no question asks for consent to \"un_bodies_and_courts\"; add a yesno question with \"consent\": \"un_bodies_and_courts\" and \"required\": true"),
        ["a consent use asked twice"] = (q => Question(q, 1, 1)["consent"] = "statistics",
            "sections[1].questions[1].consent: consent to \"statistics\" is already asked at sections[1].questions[0]"),
        ["an unknown consent use"] = (q => Question(q, 1, 1)["consent"] = "press",
            "sections[1].questions[1].consent: unknown use \"press\"; use one of statistics, quotes, un_bodies_and_courts"),
        ["consent on a text question"] = (q => Question(q, 0, 0)["consent"] = "quotes",
            "sections[0].questions[0]: unknown property \"consent\" in a text question; allowed here: id, type, label, help, required, maxLength"),
        ["no sections"] = (q => q["sections"] = new JsonArray(), "sections: the list is empty"),
        ["a section that is not an object"] = (q => q["sections"]![0] = "about", "sections[0]: expected an object { ... }"),
        ["a section without questions"] = (q => q["sections"]![0]!["questions"] = new JsonArray(), "sections[0].questions: the list is empty"),
        ["languages not a list"] = (q => q["languages"] = "es", "languages: expected a list [ ... ]"),
    };

    private readonly string directory = Directory.CreateTempSubdirectory("questionnaire-tests-").FullName;

    public static TheoryData<string> InvalidCaseNames => [.. InvalidCases.Keys];

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void The_sample_loads_with_every_question_typed()
    {
        var questionnaire = QuestionnaireLoader.Load(Write(SampleQuestionnaire.AsJson().ToJsonString()));

        Assert.Equal("sample", questionnaire.Id);
        Assert.Equal(2, questionnaire.Version);
        Assert.Equal(["es", "en", "pt"], questionnaire.Languages);
        Assert.Equal(["about", "consent"], questionnaire.Sections.Select(section => section.Id));
        var questions = questionnaire.Questions.ToDictionary(question => question.Id);
        Assert.Equal(10, Assert.IsType<TextQuestion>(questions["city"]).MaxLength);
        Assert.False(((TextQuestion)questions["city"]).Multiline);
        Assert.True(Assert.IsType<TextQuestion>(questions["story"]).Multiline);
        Assert.Equal(ChoiceControl.Select, Assert.IsType<SingleChoiceQuestion>(questions["country"]).Control);
        Assert.Equal(ChoiceControl.Radio, Assert.IsType<SingleChoiceQuestion>(questions["sector"]).Control);
        var year = Assert.IsType<NumberQuestion>(questions["start_year"]);
        Assert.Equal((1960m, 2030m, false), (year.Min, year.Max, year.AllowDecimals));
        Assert.True(Assert.IsType<NumberQuestion>(questions["hours"]).AllowDecimals);
        Assert.Equal(["minders", "phones", "meetings"], Assert.IsType<MultipleChoiceQuestion>(questions["watched"]).Choices.Select(choice => choice.Value));
        Assert.Null(Assert.IsType<YesNoQuestion>(questions["signed"]).ConsentUse);
        Assert.Equal("quotes", Assert.IsType<YesNoQuestion>(questions["consent_quotes"]).ConsentUse);
        Assert.Equal("Catar", ((SingleChoiceQuestion)questions["country"]).Choices[1].Label.In("pt"));
        Assert.Equal("Or region", questions["city"].Help!.In("en"));
    }

    [Theory]
    [MemberData(nameof(InvalidCaseNames))]
    public void An_invalid_questionnaire_names_the_file_and_the_place(string caseName)
    {
        var (change, problem) = InvalidCases[caseName];
        var json = SampleQuestionnaire.AsJson();
        change(json);
        var path = Write(json.ToJsonString());

        var error = Assert.Throws<QuestionnaireException>(() => QuestionnaireLoader.Load(path));

        Assert.Equal($"{path}: {problem}", error.Message);
    }

    [Fact]
    public void Broken_json_gives_the_line()
    {
        var path = Write("{\n  \"id\": \"sample\",\n  \"version\": 1 \"languages\": []\n}");

        var error = Assert.Throws<QuestionnaireException>(() => QuestionnaireLoader.Load(path));

        Assert.StartsWith($"{path}: line 3: not valid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\": \"sample\", \"id\": \"other\"}", "(top level)", "id")]
    [InlineData("{\"id\": \"sample\", \"version\": 1, \"languages\": [\"es\", \"en\", \"pt\"], \"labels\": {\"yes\": {\"es\": \"Sí\", \"es\": \"No\"}}}", "labels.yes", "es")]
    public void A_property_given_twice_is_named_with_its_place(string json, string location, string property)
    {
        var path = Write(json);

        var error = Assert.Throws<QuestionnaireException>(() => QuestionnaireLoader.Load(path));

        Assert.Equal($"{path}: {location}: property \"{property}\" appears twice", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_an_object_is_refused()
    {
        var path = Write("[]");

        var error = Assert.Throws<QuestionnaireException>(() => QuestionnaireLoader.Load(path));

        Assert.Equal($"{path}: the file must hold one JSON object {{ ... }}", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(directory, "absent.json");

        var error = Assert.Throws<QuestionnaireException>(() => QuestionnaireLoader.Load(path));

        Assert.StartsWith($"{path}: cannot read the file: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_trailing_commas_and_a_byte_order_mark_are_forgiven()
    {
        var json = SampleQuestionnaire.AsJson().ToJsonString();
        var edited = "\uFEFF// edited by the operator\n" + json.Insert(json.LastIndexOf('}'), ",").Replace("\"sections\":", "/* the questions */ \"sections\":", StringComparison.Ordinal);

        Assert.Equal("sample", QuestionnaireLoader.Load(Write(edited)).Id);
    }

    private static JsonObject Question(JsonObject questionnaire, int section, int question) =>
        SampleQuestionnaire.Question(questionnaire, section, question);

    private static JsonObject Choice(string value) =>
        new() { ["value"] = value, ["label"] = new JsonObject { ["es"] = value, ["en"] = value, ["pt"] = value } };

    private string Write(string content)
    {
        var path = Path.Combine(directory, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
