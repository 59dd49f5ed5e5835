using System.CommandLine;
using Intake.Review.Import;
using Spectre.Console;

namespace Intake.Review.Commands;

/// <summary>
/// <c>review import BUNDLE [--start-chain]</c>: verifies and imports an export bundle. A
/// progress bar on a terminal, plain lines for a script.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var bundle = new Argument<string>("BUNDLE") { Description = "The bundle file `intake export` wrote." };
        var startChain = new Option<bool>("--start-chain")
        {
            Description = "Accept a first bundle from this server that is not its number 1 (a workspace that joins an existing chain).",
        };
        var command = workspace.AddTo(new Command("import", "Verify and import an export bundle; importing it again changes nothing.") { bundle, startChain });
        command.SetAction(parse =>
        {
            var path = parse.GetValue(bundle)!;
            using var opened = workspace.Unlock(parse, console);
            var result = console.OutputIsTerminal
                ? WithProgressBar(console, path, progress => BundleImporter.Import(opened, path, parse.GetValue(startChain), progress))
                : BundleImporter.Import(opened, path, parse.GetValue(startChain), WithProgressLines(console, path));
            console.Out.WriteLine(Describe(result));
            return ReviewCommandLine.Success;
        });
        return command;
    }

    private static string Describe(ImportResult result)
    {
        var bundle = $"bundle number {result.Sequence} ({result.BundleId}) from server {result.ServerKeyId}";
        if (result.AlreadyImported)
        {
            return $"The {bundle} was already imported, nothing changed.";
        }
        var repeated = result.AlreadyPresent == 0 ? string.Empty : $" {result.AlreadyPresent} testimonies it repeats were already here, unchanged.";
        return $"Imported the {bundle}: {result.Testimonies} testimonies, {result.Attachments} attachments.{repeated} Run `review list` to see them.";
    }

    private static ImportResult WithProgressBar(ReviewConsole console, string path, Func<ImportProgress, ImportResult> import)
    {
        var total = Math.Max(1, new FileInfo(path).Length);
        return console.Ansi.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn())
            .Start(context =>
            {
                var verifying = context.AddTask("Verifying hashes", maxValue: total);
                var importing = context.AddTask("Decrypting and importing", maxValue: total);
                var result = import(new ImportProgress(
                    new ImmediateProgress(bytes => verifying.Value = bytes),
                    new ImmediateProgress(bytes => importing.Value = bytes)));
                verifying.Value = verifying.MaxValue;
                importing.Value = importing.MaxValue;
                return result;
            });
    }

    // For a script or a log: a line on stderr at each quarter, stdout keeps only the result.
    private static ImportProgress WithProgressLines(ReviewConsole console, string path)
    {
        var total = Math.Max(1, new FileInfo(path).Length);
        return new ImportProgress(new QuarterLines(console.Error, "verified", total), new QuarterLines(console.Error, "imported", total));
    }

    private sealed class QuarterLines(TextWriter output, string verb, long total) : IProgress<long>
    {
        private long printed;

        public void Report(long value)
        {
            var quarter = Math.Min(4, value * 4 / total);
            if (quarter > printed)
            {
                printed = quarter;
                output.WriteLine($"review: {verb} {quarter * 25}% of the bundle");
            }
        }
    }

    // Progress<T> would post each report to the thread pool, where they can arrive out of order.
    private sealed class ImmediateProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
