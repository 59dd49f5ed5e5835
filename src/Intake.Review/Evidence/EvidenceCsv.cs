using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Review.Evidence;

/// <summary>
/// The CSV form of the records (RFC 4180, CRLF): the header is <see cref="EvidenceFields.All"/>;
/// a list (indicators, elements, quotes) is one cell holding a JSON array, so no cell can start
/// with a spreadsheet formula character and quotes keep their commas and line breaks.
/// </summary>
internal static class EvidenceCsv
{
    public static string Write(IEnumerable<EvidenceRecord> records, JsonSerializerOptions json)
    {
        var text = new StringBuilder();
        AppendRow(text, EvidenceFields.All);
        foreach (var record in records)
        {
            AppendRow(text, EvidenceFields.Values(record).Select(field => Cell(field.Value, json)));
        }
        return text.ToString();
    }

    private static string Cell(JsonNode? value, JsonSerializerOptions json) => value switch
    {
        null => string.Empty,
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => scalar.GetValue<string>(),
        _ => value.ToJsonString(json),
    };

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Escape)).Append("\r\n");
    }

    private static string Escape(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
