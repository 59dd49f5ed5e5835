using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Intake.Review.Ui.Pages;

/// <summary>HTML encoding for everything a page shows; testimony text is hostile until encoded here.</summary>
internal static class UiHtml
{
    /// <summary>Encodes markup characters but leaves letters such as "á" readable (the default encoder escapes all non-ASCII).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Safe in text and in double-quoted attributes alike.</summary>
    public static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);

    /// <summary>A hidden form field.</summary>
    public static string Hidden(string name, string value) =>
        $"<input type=\"hidden\" name=\"{Encode(name)}\" value=\"{Encode(value)}\">";

    /// <summary>Bytes in the largest binary unit that keeps the number at least 1, with one decimal.</summary>
    public static string Size(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return unit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes} B")
            : string.Create(CultureInfo.InvariantCulture, $"{value:0.0} {units[unit]}");
    }
}
