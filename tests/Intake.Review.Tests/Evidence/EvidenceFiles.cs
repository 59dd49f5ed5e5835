using System.Text.Json;
using Intake.Review.Evidence;

namespace Intake.Review.Tests.Evidence;

/// <summary>Reads back what an evidence export wrote.</summary>
internal static class EvidenceFiles
{
    public static IReadOnlyList<JsonElement> ReadJsonLines(string directory) =>
        [.. File.ReadAllLines(Path.Combine(directory, EvidenceExport.JsonLinesFile)).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    public static IReadOnlyList<string> CsvLines(string directory) =>
        File.ReadAllText(Path.Combine(directory, EvidenceExport.CsvFile)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Every file of the export, concatenated: what a scan for leaks must search.</summary>
    public static string ReadAll(string directory) =>
        string.Join("\n", Directory.GetFiles(directory).Order(StringComparer.Ordinal).Select(File.ReadAllText));
}
