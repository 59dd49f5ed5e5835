using Intake.Review.Agreement;

namespace Intake.Review.Tests.Agreement;

/// <summary>
/// Reliability data in Krippendorff's canonical form, one line per coder, one column per unit,
/// "*" for a missing value; turned into (unit, coder, code, value) rows of a single code.
/// </summary>
internal static class ReliabilityData
{
    public const string Code = "example";

    /// <summary>
    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four coders
    /// (A–D), twelve units, values 1–5, missing values. Published: nominal 0.743, interval 0.849;
    /// unit 12 has one value only, so 11 units and 40 pairable values remain.
    /// </summary>
    public static readonly string[] FourCodersTwelveUnits =
    [
        "A: 1 2 3 3 2 1 4 1 2 * * *",
        "B: 1 2 3 3 2 2 4 1 2 5 * 3",
        "C: * 3 3 3 2 3 4 2 2 5 1 *",
        "D: 1 2 3 3 2 4 4 1 2 5 1 *",
    ];

    /// <summary>
    /// The three-coder, fifteen-unit example of the Wikipedia article on Krippendorff's alpha
    /// (also in the documentation of the Python package krippendorff): nominal 0.691, interval 0.811.
    /// </summary>
    public static readonly string[] ThreeCodersFifteenUnits =
    [
        "A: * * * * * 3 4 1 2 1 1 3 3 * 3",
        "B: 1 * 2 1 3 3 4 3 * * * * * * *",
        "C: * * 2 1 3 4 4 * 2 1 1 3 3 * 4",
    ];

    /// <summary>One row per cell, missing cells included as missing values (null).</summary>
    public static List<CodingValue> Rows(IEnumerable<string> coders, string code = Code)
    {
        var rows = new List<CodingValue>();
        foreach (var line in coders)
        {
            var coder = line[..line.IndexOf(':', StringComparison.Ordinal)];
            var values = line[(coder.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var unit = 0; unit < values.Length; unit++)
            {
                rows.Add(new CodingValue($"u{unit + 1:00}", coder, code, values[unit] == "*" ? null : values[unit]));
            }
        }
        return rows;
    }
}
