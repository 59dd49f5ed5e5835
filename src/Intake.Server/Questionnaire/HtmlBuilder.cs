using Intake.Questionnaires;
using System.Text;

namespace Intake.Server.Questionnaire;

/// <summary>
/// Builds an HTML fragment in which everything that is not a literal of this code goes
/// through the HTML encoder: labels come from an operator's file and values from a stranger.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder html = new();

    /// <summary>Markup written in this code, never data.</summary>
    public HtmlBuilder Markup(string markup)
    {
        html.Append(markup);
        return this;
    }

    public HtmlBuilder Text(string text)
    {
        html.Append(Pages.Html.Encode(text));
        return this;
    }

    /// <summary>Writes <c> name="value"</c>, the value encoded.</summary>
    public HtmlBuilder Attribute(string name, string value)
    {
        html.Append(' ').Append(name).Append("=\"").Append(Pages.Html.Encode(value)).Append('"');
        return this;
    }

    /// <summary>Writes a boolean attribute such as <c> checked</c> only when it applies.</summary>
    public HtmlBuilder AttributeIf(bool condition, string name) => condition ? Markup(" " + name) : this;

    public override string ToString() => html.ToString();
}
