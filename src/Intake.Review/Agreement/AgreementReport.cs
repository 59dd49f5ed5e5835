using Intake.Review.Coding;

namespace Intake.Review.Agreement;

/// <summary>What <c>review agreement</c> reports: per code, overall, and every disagreement to adjudicate.</summary>
public sealed record AgreementReport(IReadOnlyList<CodeAgreement> Codes, OverallAgreement Overall, IReadOnlyList<Disagreement> Disagreements);

/// <summary>
/// Agreement on one code. <see cref="Units"/> counts the pairable units (values from two or more
/// coders), <see cref="Coders"/> the coders with a value in them, <see cref="PairableValues"/>
/// the values in them. <see cref="PercentAgreement"/> (0–100) is the share of pairs of values
/// from different coders within a unit that are equal; null when there is no pair.
/// <see cref="Alpha"/> is null when undefined, with the reason in <see cref="Note"/>.
/// </summary>
public sealed record CodeAgreement(
    string Code,
    MeasurementLevel Level,
    double? Alpha,
    int Units,
    int Coders,
    int PairableValues,
    double? PercentAgreement,
    string? Note);

/// <summary>
/// Agreement over the whole codebook: see <see cref="OverallAgreement.Definition"/>.
/// <see cref="Units"/> counts pairable (unit, code) pairs; <see cref="PooledCodes"/> names the
/// codes pooled.
/// </summary>
public sealed record OverallAgreement(
    double? Alpha,
    int Units,
    int Coders,
    int PairableValues,
    double? PercentAgreement,
    IReadOnlyList<string> PooledCodes,
    string? Note)
{
    /// <summary>How the overall figures are defined; printed by the command and its --help.</summary>
    public const string Definition =
        "Overall alpha pools every nominal code into one nominal variable whose units are the (unit, code) pairs, "
        + "comparing values as written: for presence codes (values 1 and 0) it is the agreement on whether each code applies to each unit, "
        + "corrected for chance by how often codes are applied overall. Interval codes are left out "
        + "(a squared difference cannot be added to a nominal mismatch) and reported on their own. "
        + "Overall percent agreement is over the same pairs.";

    public const string NoNominalCode = "no nominal code to pool";
}

/// <summary>A pairable unit on which the coders' values for <see cref="Code"/> are not all equal.</summary>
public sealed record Disagreement(string Unit, string Code, IReadOnlyList<CoderValue> Values);

/// <summary>One coder's value in a disagreement; null is missing.</summary>
public sealed record CoderValue(string Coder, string? Value);
