using System.Net;
using System.Text.RegularExpressions;

namespace Intake.EndToEnd.Tor;

/// <summary>
/// The questionnaire form read from the page's HTML, and the entries a browser without
/// JavaScript sends for it (HTML's "constructing the entry list"): every control in document
/// order, the hidden antiforgery token first, text fields and text areas even when empty, a
/// select's chosen option, only the ticked radio buttons and checkboxes, then each chosen file.
/// </summary>
public sealed partial class NoScriptForm
{
    private readonly IReadOnlyList<Control> _controls;

    private NoScriptForm(string action, IReadOnlyList<Control> controls)
    {
        Action = action;
        _controls = controls;
    }

    /// <summary>Where the form posts (multipart/form-data), e.g. "/submit?lang=es".</summary>
    public string Action { get; }

    public static NoScriptForm Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var form = FormElement().Match(html);
        Assert.True(form.Success, "The page has no <form>…</form>.");
        var attributes = Attributes(form.Groups["attributes"].Value);
        Assert.Equal("post", attributes["method"]);
        Assert.Equal("multipart/form-data", attributes["enctype"]);
        var controls = ControlElement().Matches(form.Groups["body"].Value)
            .Select(match => new Control(match.Groups["tag"].Value, match.Groups["attributes"].Value, match.Groups["content"].Value))
            .ToList();
        return new NoScriptForm(attributes["action"], controls);
    }

    /// <summary>
    /// The entries sent when a source has typed or chosen <paramref name="answers"/> (a value per
    /// text field, text area or select; a (name, value) pair per ticked option) and attached
    /// <paramref name="files"/>. An answer no control takes fails the test: a browser could not send it.
    /// </summary>
    public IReadOnlyList<FormEntry> Entries(IReadOnlyList<(string Name, string Value)> answers, IReadOnlyList<AttachedFile> files)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(files);
        var used = new HashSet<(string, string)>();
        string? Answer(string name)
        {
            var answer = answers.FirstOrDefault(answer => answer.Name == name);
            if (answer.Name is null)
            {
                return null;
            }
            used.Add(answer);
            return answer.Value;
        }

        var entries = new List<FormEntry>();
        foreach (var control in _controls)
        {
            var name = control.Attribute("name");
            switch (control.Tag, control.Attribute("type"))
            {
                case ("input", "hidden"):
                    entries.Add(new FormEntry(name, control.Attribute("value"), null));
                    break;
                case ("input", "text"):
                    entries.Add(new FormEntry(name, Answer(name) ?? control.Attribute("value"), null));
                    break;
                case ("input", "radio" or "checkbox"):
                    // What the source ticked for this question, or else what the page had ticked.
                    var option = (name, control.Attribute("value"));
                    var ticked = answers.Any(answer => answer.Name == name) ? answers.Contains(option) : control.Has("checked");
                    if (ticked)
                    {
                        used.Add(option);
                        entries.Add(new FormEntry(name, option.Item2, null));
                    }
                    break;
                case ("input", "file"):
                    entries.AddRange(files.Select(file => new FormEntry(name, file.FileName, file)));
                    break;
                case ("select", _):
                    var options = OptionElement().Matches(control.Content).Select(match => new Control("option", match.Groups["attributes"].Value, string.Empty)).ToList();
                    var chosen = Answer(name) ?? (options.FirstOrDefault(option => option.Has("selected")) ?? options[0]).Attribute("value");
                    Assert.True(options.Any(option => option.Attribute("value") == chosen), $"The select {name} has no option {chosen}.");
                    entries.Add(new FormEntry(name, chosen, null));
                    break;
                case ("textarea", _):
                    // The parser drops one newline right after <textarea>.
                    entries.Add(new FormEntry(name, Answer(name) ?? WebUtility.HtmlDecode(control.Content.StartsWith('\n') ? control.Content[1..] : control.Content), null));
                    break;
                default:
                    throw new InvalidOperationException($"The form has a control this reader does not know: <{control.Tag} type=\"{control.Attribute("type")}\">.");
            }
        }
        var unused = answers.Where(answer => !used.Contains(answer)).ToList();
        Assert.True(unused.Count == 0, $"No control of the form takes {string.Join(", ", unused)}.");
        return entries;
    }

    private static Dictionary<string, string> Attributes(string text) =>
        AttributeText().Matches(text).ToDictionary(match => match.Groups["name"].Value, match => WebUtility.HtmlDecode(match.Groups["value"].Value));

    [GeneratedRegex("""<form\b(?<attributes>[^>]*)>(?<body>.*?)</form>""", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    // Selects and text areas with their content; inputs are void elements.
    [GeneratedRegex("""<(?<tag>input)\b(?<attributes>[^>]*)>|<(?<tag>select|textarea)\b(?<attributes>[^>]*)>(?<content>.*?)</\k<tag>>""", RegexOptions.Singleline)]
    private static partial Regex ControlElement();

    [GeneratedRegex("""<option\b(?<attributes>[^>]*)>""")]
    private static partial Regex OptionElement();

    // name="value", or a bare name (a boolean attribute such as checked).
    [GeneratedRegex("""(?<name>[a-z-]+)(="(?<value>[^"]*)")?""")]
    private static partial Regex AttributeText();

    private sealed record Control(string Tag, string RawAttributes, string Content)
    {
        private readonly Dictionary<string, string> _attributes = Attributes(RawAttributes);

        public string Attribute(string name) => _attributes.TryGetValue(name, out var value) ? value : string.Empty;

        public bool Has(string name) => _attributes.ContainsKey(name);
    }
}

/// <summary>One name/value pair of a form submission; for a file, the value is its file name.</summary>
public sealed record FormEntry(string Name, string Value, AttachedFile? File);
