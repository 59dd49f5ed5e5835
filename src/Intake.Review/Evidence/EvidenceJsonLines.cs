using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intake.Review.Evidence;

/// <summary>The JSON Lines form of the records: one object per line, keys in the order of <see cref="EvidenceFields.All"/>.</summary>
internal static class EvidenceJsonLines
{
    public static string Write(IEnumerable<EvidenceRecord> records, JsonSerializerOptions json)
    {
        var text = new StringBuilder();
        foreach (var record in records)
        {
            var line = new JsonObject(EvidenceFields.Values(record));
            text.Append(line.ToJsonString(json)).Append('\n');
        }
        return text.ToString();
    }
}
