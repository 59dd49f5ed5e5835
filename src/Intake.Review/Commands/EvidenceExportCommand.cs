using System.CommandLine;
using Intake.Review.Coding;
using Intake.Review.Evidence;

namespace Intake.Review.Commands;

/// <summary>
/// <c>review evidence-export --out DIR [--names FILE]</c>: de-identified records for a public
/// evidence database (evidence.jsonl, evidence.csv and README.txt in a new directory), only
/// for testimonies whose consent allows it; refused while a quote has an unresolved flag.
/// </summary>
internal static class EvidenceExportCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var output = new Option<string>("--out") { Description = "A new directory to write the export into.", HelpName = "DIR", Required = true };
        var names = new Option<string?>("--names") { Description = "A file of further names for the quote checker, one a line.", HelpName = "FILE" };
        var command = workspace.AddTo(new Command(
            "evidence-export",
            "Write de-identified records (JSON Lines and CSV) for a public evidence database, for the testimonies whose consent allows it.")
        {
            output, names,
        });
        command.SetAction(parse =>
        {
            var checker = new QuoteChecker(NameList.From(parse.GetValue(names)));
            var directory = parse.GetValue(output)!;
            using var opened = workspace.Unlock(parse, console);
            var adjudicated = AdjudicatedCases.Build(opened);
            var result = EvidenceExport.Write(opened, adjudicated.Cases, checker, directory);
            console.Out.WriteLine(
                $"Wrote {result.Records} record(s) from {result.Testimonies} testimonies to {Path.GetFullPath(directory)}: " +
                $"{result.WithFacts} with coded facts (consent to statistics), {result.WithQuotes} with quotes (consent to quotes). " +
                $"Read {EvidenceExport.ReadmeFile} there before publishing.");
            if (adjudicated.Disagreements.Count > 0)
            {
                console.Error.WriteLine(
                    $"review: warning: {adjudicated.Disagreements.Count} coding disagreement(s) are not adjudicated; those codes were exported as absent. " +
                    "`review agreement` lists them.");
            }
            return ReviewCommandLine.Success;
        });
        return command;
    }
}
