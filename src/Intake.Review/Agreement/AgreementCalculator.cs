using System.Globalization;
using Intake.Review.Coding;

namespace Intake.Review.Agreement;

/// <summary>
/// Agreement over a coding table of (unit, coder, code, value) rows: Krippendorff's alpha and
/// percent agreement per code and overall (<see cref="OverallAgreement.Definition"/>), and every
/// pairable unit on which the coders disagree. Codes, units and coders are listed in ordinal order.
/// </summary>
public static class AgreementCalculator
{
    /// <exception cref="ReviewException">Two rows for the same unit, coder and code, or a value of an interval code that is not a number.</exception>
    public static AgreementReport Compute(IEnumerable<CodingValue> rows, Func<string, MeasurementLevel> levelOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(levelOf);
        var table = rows.ToList();
        RequireOneValueEach(table);

        // Nominal values become category numbers shared by every code, so the overall pool compares them as written.
        var categories = new Dictionary<string, double>(StringComparer.Ordinal);
        var codes = new List<CodeAgreement>();
        var disagreements = new List<Disagreement>();
        var pooled = new List<CodeUnits>();
        foreach (var code in table.GroupBy(row => row.Code).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var level = levelOf(code.Key);
            var units = UnitsOf(code, level, categories);
            codes.Add(Summarize(code.Key, level, units));
            disagreements.AddRange(units.Where(unit => unit.Disagrees).Select(unit => unit.ToDisagreement(code.Key)));
            if (level == MeasurementLevel.Nominal)
            {
                pooled.Add(new CodeUnits(code.Key, units));
            }
        }
        return new AgreementReport(codes, Overall(pooled), disagreements);
    }

    private static void RequireOneValueEach(List<CodingValue> table)
    {
        var seen = new HashSet<(string, string, string)>();
        foreach (var row in table.Where(row => !seen.Add((row.Unit, row.Coder, row.Code))))
        {
            throw new ReviewException($"Coder \"{row.Coder}\" has two values for code \"{row.Code}\" in unit \"{row.Unit}\": a coder gives at most one value per unit and code.");
        }
    }

    private static List<UnitValues> UnitsOf(IEnumerable<CodingValue> code, MeasurementLevel level, Dictionary<string, double> categories) =>
        code.GroupBy(row => row.Unit)
            .OrderBy(unit => unit.Key, StringComparer.Ordinal)
            .Select(unit => new UnitValues(
                unit.Key,
                unit.OrderBy(row => row.Coder, StringComparer.Ordinal).Select(row => new CoderValue(row.Coder, row.Value)).ToList(),
                unit.Where(row => row.Value is not null).Select(row => Number(row, level, categories)).ToList(),
                unit.Where(row => row.Value is not null).Select(row => row.Coder).ToList()))
            .ToList();

    private static double Number(CodingValue row, MeasurementLevel level, Dictionary<string, double> categories)
    {
        var value = row.Value!;
        if (level == MeasurementLevel.Nominal)
        {
            if (!categories.TryGetValue(value, out var category))
            {
                category = categories.Count;
                categories.Add(value, category);
            }
            return category;
        }
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : throw new ReviewException($"Code \"{row.Code}\" is measured at the interval level, but coder \"{row.Coder}\" gave unit \"{row.Unit}\" the value \"{value}\", which is not a number (write it like 42 or 12.5).");
    }

    private static CodeAgreement Summarize(string code, MeasurementLevel level, List<UnitValues> units)
    {
        var alpha = KrippendorffAlpha.Estimate(units.Select(unit => unit.Numbers), level);
        return new CodeAgreement(code, level, alpha.Alpha, alpha.Units, CodersIn(units), alpha.PairableValues, PairAgreement.Of(units.Select(unit => unit.Numbers)).Percent, alpha.Note);
    }

    private static OverallAgreement Overall(List<CodeUnits> pooled)
    {
        if (pooled.Count == 0)
        {
            return new OverallAgreement(null, 0, 0, 0, null, [], OverallAgreement.NoNominalCode);
        }
        var units = pooled.SelectMany(code => code.Units).ToList();
        var alpha = KrippendorffAlpha.Estimate(units.Select(unit => unit.Numbers), MeasurementLevel.Nominal);
        return new OverallAgreement(
            alpha.Alpha, alpha.Units, CodersIn(units), alpha.PairableValues, PairAgreement.Of(units.Select(unit => unit.Numbers)).Percent, pooled.Select(code => code.Code).ToList(), alpha.Note);
    }

    private static int CodersIn(IEnumerable<UnitValues> units) =>
        units.Where(unit => unit.Pairable).SelectMany(unit => unit.ValueCoders).Distinct(StringComparer.Ordinal).Count();

    private sealed record CodeUnits(string Code, List<UnitValues> Units);

    /// <summary>One unit of one code: every coder's row, and the numbers of the values that are not missing.</summary>
    private sealed record UnitValues(string Unit, List<CoderValue> Rows, List<double> Numbers, List<string> ValueCoders)
    {
        public bool Pairable => Numbers.Count >= 2;

        public bool Disagrees => Pairable && Numbers.Distinct().Skip(1).Any();

        public Disagreement ToDisagreement(string code) => new(Unit, code, Rows);
    }
}
