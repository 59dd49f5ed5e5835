using System.Text.Json;
using Intake.Review.Agreement;

namespace Intake.Review.Tests.Corpus;

/// <summary>
/// The synthetic corpus in tests/testdata/synthetic-corpus (see its README.md): sixty fictional
/// answers documents, the two simulated coders' tables, the adjudication and expected.json,
/// which compute_expected.py worked out without this project's code.
/// </summary>
internal static class SyntheticCorpus
{
    public const int Testimonies = 60;

    private static readonly Lazy<JsonDocument> LazyExpected = new(() => JsonDocument.Parse(File.ReadAllBytes(PathOf("expected.json"))));

    private static readonly Lazy<JsonDocument> LazyTruth = new(() => JsonDocument.Parse(File.ReadAllBytes(PathOf("truth.json"))));

    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "testdata", "synthetic-corpus");

    public static JsonElement Expected => LazyExpected.Value.RootElement;

    /// <summary>truth.json's entries, in unit order.</summary>
    public static IEnumerable<JsonElement> Truth => LazyTruth.Value.RootElement.GetProperty("testimonies").EnumerateArray();

    /// <summary>"001" … "060", the units of the coding tables.</summary>
    public static IReadOnlyList<string> Units { get; } = [.. Enumerable.Range(1, Testimonies).Select(n => n.ToString("000", System.Globalization.CultureInfo.InvariantCulture))];

    public static string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>Testimony <paramref name="unit"/>'s answers document, byte for byte.</summary>
    public static byte[] AnswersJson(string unit) => File.ReadAllBytes(Path.Combine(Directory, "testimonies", unit + ".json"));

    /// <summary>Both coders' rows, through the same reader as <c>review agreement --input</c>.</summary>
    public static IReadOnlyList<CodingValue> CoderRows() =>
        [.. CodingTableReader.ReadFile(PathOf("coder-ana.csv")), .. CodingTableReader.ReadFile(PathOf("coder-beto.csv"))];

    /// <summary>adjudication.csv: (unit, code, value), value "1"/"0" for a presence code.</summary>
    public static IReadOnlyList<(string Unit, string Code, string Value)> Adjudication() =>
        [.. File.ReadAllLines(PathOf("adjudication.csv")).Skip(1).Where(line => line.Length > 0).Select(line => line.Split(',')).Select(f => (f[0], f[1], f[2]))];

    /// <summary>Units whose source did not allow statistics (or quotes), from expected.json.</summary>
    public static IReadOnlySet<string> Without(string consent) =>
        Expected.GetProperty("without_consent_" + consent).EnumerateArray().Select(unit => unit.GetString()!).ToHashSet();
}
