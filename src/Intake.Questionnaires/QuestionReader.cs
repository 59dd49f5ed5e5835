using System.Globalization;

namespace Intake.Questionnaires;

/// <summary>Reads one question object of the questionnaire file, by its "type".</summary>
internal static class QuestionReader
{
    private const string TypeNames = "text, longtext, number, choice, multichoice, yesno";

    private static readonly string[] Common = ["id", "type", "label", "help", "required"];

    public static Question Read(QuestionnaireJsonObject json, IReadOnlyList<string> languages)
    {
        var type = json.String("type");
        return type switch
        {
            "text" => ReadText(json, languages, multiline: false),
            "longtext" => ReadText(json, languages, multiline: true),
            "number" => ReadNumber(json, languages),
            "choice" => ReadSingleChoice(json, languages),
            "multichoice" => ReadMultipleChoice(json, languages),
            "yesno" => ReadYesNo(json, languages),
            _ => throw json.ProblemAt("type", $"unknown type \"{type}\"; use one of {TypeNames}"),
        };
    }

    private static TextQuestion ReadText(QuestionnaireJsonObject json, IReadOnlyList<string> languages, bool multiline)
    {
        json.AllowOnly($"a {(multiline ? "longtext" : "text")} question", [.. Common, "maxLength"]);
        var maxLength = json.Int("maxLength");
        if (maxLength < 1)
        {
            throw json.ProblemAt("maxLength", "must be 1 or more");
        }

        return new TextQuestion
        {
            Id = ReadId(json),
            Label = json.Text("label", languages),
            Help = json.OptionalText("help", languages),
            Required = json.Bool("required", whenAbsent: false),
            MaxLength = maxLength,
            Multiline = multiline,
        };
    }

    private static NumberQuestion ReadNumber(QuestionnaireJsonObject json, IReadOnlyList<string> languages)
    {
        json.AllowOnly("a number question", [.. Common, "min", "max", "allowDecimals"]);
        var min = json.Decimal("min");
        var max = json.Decimal("max");
        if (min > max)
        {
            throw json.Problem(string.Create(CultureInfo.InvariantCulture, $"min ({min}) is greater than max ({max})"));
        }

        return new NumberQuestion
        {
            Id = ReadId(json),
            Label = json.Text("label", languages),
            Help = json.OptionalText("help", languages),
            Required = json.Bool("required", whenAbsent: false),
            Min = min,
            Max = max,
            AllowDecimals = json.Bool("allowDecimals", whenAbsent: false),
        };
    }

    private static SingleChoiceQuestion ReadSingleChoice(QuestionnaireJsonObject json, IReadOnlyList<string> languages)
    {
        json.AllowOnly("a choice question", [.. Common, "choices", "control"]);
        return new SingleChoiceQuestion
        {
            Id = ReadId(json),
            Label = json.Text("label", languages),
            Help = json.OptionalText("help", languages),
            Required = json.Bool("required", whenAbsent: false),
            Choices = ReadChoices(json, languages),
            Control = json.OptionalString("control") switch
            {
                null or "radio" => ChoiceControl.Radio,
                "select" => ChoiceControl.Select,
                var other => throw json.ProblemAt("control", $"unknown control \"{other}\"; use radio or select"),
            },
        };
    }

    private static MultipleChoiceQuestion ReadMultipleChoice(QuestionnaireJsonObject json, IReadOnlyList<string> languages)
    {
        json.AllowOnly("a multichoice question", [.. Common, "choices"]);
        return new MultipleChoiceQuestion
        {
            Id = ReadId(json),
            Label = json.Text("label", languages),
            Help = json.OptionalText("help", languages),
            Required = json.Bool("required", whenAbsent: false),
            Choices = ReadChoices(json, languages),
        };
    }

    private static YesNoQuestion ReadYesNo(QuestionnaireJsonObject json, IReadOnlyList<string> languages)
    {
        json.AllowOnly("a yesno question", [.. Common, "consent"]);
        var consentUse = json.OptionalString("consent");
        if (consentUse is not null && !ConsentUses.All.Contains(consentUse))
        {
            throw json.ProblemAt("consent", $"unknown use \"{consentUse}\"; use one of {string.Join(", ", ConsentUses.All)}");
        }

        var required = json.Bool("required", whenAbsent: false);
        if (consentUse is not null && !required)
        {
            throw json.ProblemAt("required", "a consent question must be required (\"required\": true), so that every source answers yes or no");
        }

        return new YesNoQuestion
        {
            Id = ReadId(json),
            Label = json.Text("label", languages),
            Help = json.OptionalText("help", languages),
            Required = required,
            ConsentUse = consentUse,
        };
    }

    private static string ReadId(QuestionnaireJsonObject json)
    {
        var id = json.String("id");
        if (id == QuestionnaireNames.AttachmentsField)
        {
            throw json.ProblemAt("id", $"\"{id}\" is reserved for the attachments field of the form");
        }
        return QuestionnaireNames.IsId(id) ? id : throw json.ProblemAt("id", $"\"{id}\" {QuestionnaireNames.IdRule}");
    }

    private static List<Choice> ReadChoices(QuestionnaireJsonObject json, IReadOnlyList<string> languages)
    {
        var choices = new List<Choice>();
        foreach (var item in json.Objects("choices"))
        {
            item.AllowOnly("a choice", ["value", "label"]);
            var value = item.String("value");
            if (!QuestionnaireNames.IsChoiceValue(value))
            {
                throw item.ProblemAt("value", $"\"{value}\" {QuestionnaireNames.ChoiceValueRule}");
            }

            if (choices.Any(choice => choice.Value == value))
            {
                throw item.Problem($"choice \"{value}\" appears twice");
            }

            choices.Add(new Choice(value, item.Text("label", languages)));
        }

        return choices;
    }
}
