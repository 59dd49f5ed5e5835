using System.CommandLine;
using Intake.Review.Agreement;
using Intake.Review.Coding;

namespace Intake.Review.Commands;

/// <summary>
/// <c>review agreement [--input FILE.csv [--interval CODE]...] [--json]</c>: Krippendorff's alpha
/// and percent agreement per code and overall, and every disagreement to adjudicate, over the
/// workspace's independent codings or over any coding table given with --input.
/// </summary>
internal static class AgreementCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var input = new Option<string?>("--input")
        {
            Description = $"Compute agreement for this CSV coding table (header {CodingTableReader.Header}; an empty value is missing) instead of the workspace's codings.",
            HelpName = "FILE.csv",
        };
        var interval = new Option<string[]>("--interval")
        {
            Description = "With --input: this code's values are numbers compared at the interval level (the others are nominal). Repeatable.",
            HelpName = "CODE",
            AllowMultipleArgumentsPerToken = false,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: codes, overall, disagreements." };
        var command = workspace.AddTo(new Command(
            "agreement",
            "Inter-coder agreement: Krippendorff's alpha (nominal; interval for attr.pay_withheld_percent), units, coders and pairable values "
            + "per code, percent agreement, and every disagreement for adjudication. Over the workspace, a unit is a testimony and each reviewer "
            + "who coded it gives every presence code 1 (applied) or 0; adjudicated codes are not counted. Alpha is undefined (null) when no unit "
            + "has two values or when every value is the same. " + OverallAgreement.Definition)
        { input, interval, json });
        command.Validators.Add(result =>
        {
            if (result.GetValue(interval) is { Length: > 0 } && result.GetValue(input) is null)
            {
                result.AddError("--interval applies to a table given with --input; the workspace's codebook already says which codes are interval.");
            }
        });
        command.SetAction(parse =>
        {
            var report = parse.GetValue(input) is { } file
                ? FromTable(file, parse.GetValue(interval) ?? [])
                : FromWorkspace(workspace, parse, console);
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(AgreementJson.Write(report));
            }
            else
            {
                AgreementTables.Write(report, console);
            }
            return ReviewCommandLine.Success;
        });
        return command;
    }

    private static AgreementReport FromTable(string file, string[] intervalCodes)
    {
        var rows = CodingTableReader.ReadFile(file);
        var codes = rows.Select(row => row.Code).ToHashSet(StringComparer.Ordinal);
        // A mistyped code would otherwise be measured as nominal without a word.
        if (intervalCodes.FirstOrDefault(code => !codes.Contains(code)) is { } unknown)
        {
            throw new ReviewException($"--interval names the code \"{unknown}\", but no row of {file} has it. Nothing was computed.");
        }
        var interval = intervalCodes.ToHashSet(StringComparer.Ordinal);
        return AgreementCalculator.Compute(rows, code => interval.Contains(code) ? MeasurementLevel.Interval : MeasurementLevel.Nominal);
    }

    private static AgreementReport FromWorkspace(WorkspaceOption workspace, ParseResult parse, ReviewConsole console)
    {
        using var opened = workspace.Unlock(parse, console);
        return AgreementCalculator.Compute(WorkspaceCodingTable.Rows(opened.Coding.All()), WorkspaceCodingTable.LevelOf);
    }
}
