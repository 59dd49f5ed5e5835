using System.CommandLine;
using Intake.Bundles;
using Intake.Server.Export;
using Intake.Server.Hosting;
using Intake.Server.Submissions;
using Intake.Storage;

namespace Intake.Server.Commands;

/// <summary>`intake purge [--ack FILE] [--older-than DAYS]`: remove exported testimonies for good.</summary>
internal static class PurgeCommand
{
    public static Command Build(TextWriter output)
    {
        var data = CommandOptions.Data();
        var ack = new Option<string?>("--ack") { Description = "The acknowledgement file from `review ack`: purge what the reviewers confirmed importing." };
        var olderThan = new Option<int?>("--older-than") { Description = "Also purge exported testimonies received at least DAYS days ago." };
        var command = new Command("purge", "Remove exported testimonies the reviewers acknowledged, or past a retention age, with secure delete and VACUUM.") { data, ack, olderThan };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var ackFile = parse.GetValue(ack);
            var days = parse.GetValue(olderThan);
            if (ackFile is null && days is null)
            {
                throw new CommandException("Say what may be purged: --ack FILE (what the reviewers confirmed importing) and/or --older-than DAYS (exported testimonies received at least DAYS days ago). Testimonies not yet exported are never purged.");
            }

            if (days is < 0)
            {
                throw new CommandException("--older-than takes a number of days, 0 or more.");
            }

            var directory = DataDirectory.Prepare(parse.GetValue(data)!);
            using var key = ExportKeyFile.LoadOrCreate(directory);
            var store = new ExportStore(IntakeDatabase.Open(DataDirectory.DatabasePath(directory)));
            var plan = new PurgePlan(store, key.PublicKey.KeyId);
            var purge = new HashSet<Guid>();
            if (ackFile is not null)
            {
                purge.UnionWith(await plan.AcknowledgedAsync(ReadAcknowledgement(ackFile), cancellationToken));
            }

            if (days is { } age)
            {
                purge.UnionWith(await plan.OlderThanAsync(age, DateOnly.FromDateTime(DateTime.UtcNow), cancellationToken));
            }

            var removed = purge.Count == 0 ? new PurgeResult(0, 0, 0) : await store.PurgeAsync(purge, cancellationToken);
            var (exported, pending) = await store.CountAsync(cancellationToken);
            output.WriteLine(removed.Submissions == 0
                ? "Nothing to purge: no exported testimony is covered by the acknowledgement or the age rule."
                : $"Purged {removed.Submissions} testimonies ({removed.Parts} parts, {ByteSize.Format(removed.CiphertextBytes)} of ciphertext): rows deleted with secure delete, the database vacuumed and its log emptied.");
            output.WriteLine($"Still stored: {exported} exported and not yet purged, {pending} waiting for the next export.");
            return 0;
        });
        return command;
    }

    private static Acknowledgement ReadAcknowledgement(string path)
    {
        try
        {
            return Acknowledgement.Parse(File.ReadAllBytes(path));
        }
        catch (BundleException e)
        {
            throw new CommandException($"{path}: {e.Message} Nothing was purged; ask the reviewers for the file `review ack` writes.", e);
        }
    }
}
