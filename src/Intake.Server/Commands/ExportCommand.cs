using System.CommandLine;
using System.Globalization;
using Intake.Server.Export;
using Intake.Server.Hosting;
using Intake.Server.Submissions;
using Intake.Storage;

namespace Intake.Server.Commands;

/// <summary>`intake export [--out FILE] [--again N] [--show-key]`: the next signed bundle for the reviewers.</summary>
internal static class ExportCommand
{
    public static Command Build(TextWriter output, TextWriter? terminal)
    {
        var data = CommandOptions.Data();
        var file = new Option<string?>("--out") { Description = "Where to write the bundle (default: testimonio-export-NNNN.bundle in the current directory). Never overwritten." };
        var again = new Option<long?>("--again") { Description = "Write bundle N again, byte for byte (for a lost or damaged copy)." };
        var showKey = new Option<bool>("--show-key") { Description = "Print the server's export public key for reviewers to pin (review trust-server KEY), and export nothing." };
        var command = new Command("export", "Write everything not yet exported as one signed bundle for the reviewers.") { data, file, again, showKey };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directory = DataDirectory.Prepare(parse.GetValue(data)!);
            using var key = ExportKeyFile.LoadOrCreate(directory);
            if (parse.GetValue(showKey))
            {
                output.WriteLine(key.PublicKey.ToString());
                output.WriteLine($"key id {key.PublicKey.KeyId}: reviewers pin it with `review trust-server {key.PublicKey}`");
                return 0;
            }

            var database = IntakeDatabase.Open(DataDirectory.DatabasePath(directory));
            var store = new ExportStore(database);
            var exporter = new BundleExporter(store, new SubmissionStore(database), key, TimeProvider.System);
            var progress = terminal is null ? null : new SynchronousProgress<(long Done, long Total)>(p => ShowProgress(terminal, p.Done, p.Total));
            var summary = parse.GetValue(again) is { } sequence
                ? await exporter.RewriteAsync(sequence, parse.GetValue(file) ?? DefaultName(sequence), progress, cancellationToken)
                : await exporter.ExportAsync(parse.GetValue(file) ?? DefaultName(((await store.LatestAsync(cancellationToken))?.Sequence ?? 0) + 1), progress, cancellationToken);
            terminal?.WriteLine();
            Report(output, summary, directory);
            return 0;
        });
        return command;
    }

    private static string DefaultName(long sequence) => $"testimonio-export-{sequence.ToString("D4", CultureInfo.InvariantCulture)}.bundle";

    private static void ShowProgress(TextWriter terminal, long done, long total)
    {
        var percent = total == 0 ? 100 : done * 100 / total;
        terminal.Write($"\rWriting the bundle: {percent,3} % ({ByteSize.Format(done)} of {ByteSize.Format(total)})");
    }

    private static void Report(TextWriter output, ExportSummary summary, string directory)
    {
        var manifest = summary.Manifest;
        output.WriteLine(manifest.Parts.Count == 0
            ? $"Wrote bundle {manifest.Sequence} to {summary.Path}: nothing new since the last bundle. It is empty but keeps the chain unbroken, so give it to the reviewers too."
            : $"Wrote bundle {manifest.Sequence} to {summary.Path}: {summary.Submissions} testimonies, {manifest.Parts.Count} parts, {ByteSize.Format(manifest.TotalBytes)} of ciphertext.");
        if (summary.StillPending > 0)
        {
            output.WriteLine($"{summary.StillPending} more testimonies did not fit in one bundle; run intake export again for the next one.");
        }

        output.WriteLine($"Signed by export key {manifest.ServerKeyId}. Once the reviewers have imported it, they give you an acknowledgement file; then run: intake purge --data {directory} --ack FILE");
    }
}
