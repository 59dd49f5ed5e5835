using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Intake.Server.Pages;

/// <summary>HTML encoding for text put into pages; every dynamic string goes through here.</summary>
internal static class Html
{
    /// <summary>Encodes markup characters but leaves letters such as "á" readable (the default encoder escapes all non-ASCII).</summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);

    public static string Paragraphs(IEnumerable<string> paragraphs) =>
        string.Concat(paragraphs.Select(p => $"<p>{Encode(p)}</p>\n"));

    public static string List(IEnumerable<string> items) =>
        "<ul>\n" + string.Concat(items.Select(i => $"<li>{Encode(i)}</li>\n")) + "</ul>\n";
}
