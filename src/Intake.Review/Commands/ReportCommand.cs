using System.CommandLine;
using System.Globalization;
using Intake.Review.Coding;
using Intake.Review.Evidence;
using Intake.Review.Reports;

namespace Intake.Review.Commands;

/// <summary>
/// <c>review report --out DIR [--k 5] [--allow-unresolved]</c>: the published tables of the
/// adjudicated cases, with disclosure control, as report.html, report.md and one CSV per table.
/// While coders still disagree it refuses, saying how many disagreements remain; with
/// --allow-unresolved it reports without the cases they concern and says how many were left out.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var output = new Option<string>("--out") { Description = "A new (or empty) directory for the report's files.", HelpName = "DIR", Required = true };
        var k = new Option<int>("--k")
        {
            Description = "Disclosure threshold: counts of 1 to k−1 cases are suppressed, with the cells that would give them away (1 disables it).",
            HelpName = "K",
            DefaultValueFactory = _ => ReportBuilder.DefaultK,
        };
        k.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--k must be at least 1 (1 disables disclosure control).");
            }
        });
        var allowUnresolved = new Option<bool>("--allow-unresolved")
        {
            Description = "Report although coders still disagree: the cases with an unadjudicated disagreement are left out of every table.",
        };
        var command = workspace.AddTo(new Command(
            "report",
            "Tables of the adjudicated cases (ILO indicators, indicators per case, Palermo definition, country, sector, year, country × sector, "
            + "share of pay withheld) as report.html (SVG charts), report.md and CSV files, with every count under k suppressed so that it "
            + "cannot be recovered from totals and margins.")
        { output, k, allowUnresolved });
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(output)!;
            using var opened = workspace.Unlock(parse, console);
            var adjudicated = AdjudicatedCases.Build(opened);
            var disputed = adjudicated.Disagreements.Select(d => d.TestimonyId).ToHashSet();
            if (disputed.Count > 0 && !parse.GetValue(allowUnresolved))
            {
                throw new ReviewException(string.Create(CultureInfo.InvariantCulture,
                    $"{adjudicated.Disagreements.Count} disagreement(s) between coders on {disputed.Count} case(s) are not adjudicated yet: list them with `review agreement`, settle them with `review adjudicate`, or report without those cases with --allow-unresolved."));
            }
            // Only sources who allowed statistics are counted; the others are left out of every table.
            var consenting = adjudicated.Cases.Where(coding => opened.FindAnswers(coding.TestimonyId) is { } answers && Consent.Of(answers).Statistics).ToList();
            var cases = consenting.Where(coding => !disputed.Contains(coding.TestimonyId)).ToList();
            var report = ReportBuilder.Build(cases, parse.GetValue(k), excludedCases: consenting.Count - cases.Count);
            ReportFiles.Write(report, directory);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Report on {report.CaseCount} case(s) written to {directory}; {adjudicated.Cases.Count - consenting.Count} testimony(ies) without consent to statistics left out (k = {report.K}, {report.SuppressedCells} cell(s) suppressed{(report.ExcludedCases > 0 ? $", {report.ExcludedCases} case(s) left out for unresolved disagreements" : string.Empty)})."));
            return ReviewCommandLine.Success;
        });
        return command;
    }
}
