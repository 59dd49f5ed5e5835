using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Intake.Review.Commands;

/// <summary>How --json output is written: indented, letters readable, HTML-significant characters still escaped.</summary>
internal static class CommandJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
