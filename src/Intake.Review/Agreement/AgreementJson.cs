using System.Text.Json;
using Intake.Review.Coding;
using Intake.Review.Commands;

namespace Intake.Review.Agreement;

/// <summary>
/// <c>review agreement --json</c>: one object, <c>{"codes": [...], "overall": {...}, "disagreements": [...]}</c>.
/// "percent_agreement" is 0–100. An undefined alpha or percent is null and its reason is in "note"; in a disagreement,
/// "values" maps each coder to their value (null when missing).
/// </summary>
public static class AgreementJson
{
    public static string Write(AgreementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var overall = report.Overall;
        return JsonSerializer.Serialize(
            new
            {
                codes = report.Codes.Select(code => new
                {
                    code = code.Code,
                    alpha = code.Alpha,
                    level = LevelName(code.Level),
                    units = code.Units,
                    coders = code.Coders,
                    pairable_values = code.PairableValues,
                    percent_agreement = code.PercentAgreement,
                    note = code.Note,
                }),
                overall = new
                {
                    alpha = overall.Alpha,
                    level = LevelName(MeasurementLevel.Nominal),
                    units = overall.Units,
                    coders = overall.Coders,
                    pairable_values = overall.PairableValues,
                    percent_agreement = overall.PercentAgreement,
                    pooled_codes = overall.PooledCodes,
                    definition = OverallAgreement.Definition,
                    note = overall.Note,
                },
                disagreements = report.Disagreements.Select(disagreement => new
                {
                    unit = disagreement.Unit,
                    code = disagreement.Code,
                    values = disagreement.Values.ToDictionary(value => value.Coder, value => value.Value, StringComparer.Ordinal),
                }),
            },
            CommandJson.Options);
    }

    public static string LevelName(MeasurementLevel level) => level == MeasurementLevel.Interval ? "interval" : "nominal";
}
