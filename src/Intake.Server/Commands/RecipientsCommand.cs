using System.CommandLine;
using Intake.Server.Hosting;
using Intake.Server.Recipients;
using Intake.Storage;

namespace Intake.Server.Commands;

/// <summary>`intake recipients add KEY [--label L] | list | remove ID`, all with --data DIR.</summary>
internal static class RecipientsCommand
{
    public static Command Build(TextWriter output)
    {
        var command = new Command("recipients", "Manage the reviewers' public keys that testimonies are encrypted to.");
        command.Subcommands.Add(BuildAdd(output));
        command.Subcommands.Add(BuildList(output));
        command.Subcommands.Add(BuildRemove(output));
        return command;
    }

    private static Command BuildAdd(TextWriter output)
    {
        var data = CommandOptions.Data();
        var key = new Argument<string>("KEY") { Description = "A reviewer's public key: age1pq1… (post-quantum) or age1… (X25519). Never a secret key." };
        var label = new Option<string?>("--label") { Description = "A name to recognise the key by." };
        var command = new Command("add", "Add a reviewer's public key.") { data, key, label };
        command.SetAction(parse =>
        {
            var store = OpenStore(parse.GetValue(data)!);
            var existing = new ReviewerKeys(store).Load();
            var recipient = ReviewerKeys.CheckNewKey(parse.GetValue(key)!, existing);
            var added = store.Add(recipient.ToString()!, parse.GetValue(label), DateOnly.FromDateTime(DateTime.UtcNow));
            output.WriteLine($"Added reviewer key {added.Id}{(added.Label is null ? string.Empty : $" ({added.Label})")}. New testimonies are encrypted to {existing.Count + 1} key(s).");
            return 0;
        });
        return command;
    }

    private static Command BuildList(TextWriter output)
    {
        var data = CommandOptions.Data();
        var command = new Command("list", "List the reviewers' public keys.") { data };
        command.SetAction(parse =>
        {
            var recipients = OpenStore(parse.GetValue(data)!).List();
            if (recipients.Count == 0)
            {
                output.WriteLine("No reviewer keys. Add one with: intake recipients add age1pq1… --data DIR");
            }
            foreach (var r in recipients)
            {
                output.WriteLine($"{r.Id}\t{r.AddedDay:yyyy-MM-dd}\t{r.Label ?? "-"}\t{r.PublicKey}");
            }
            return 0;
        });
        return command;
    }

    private static Command BuildRemove(TextWriter output)
    {
        var data = CommandOptions.Data();
        var id = new Argument<long>("ID") { Description = "The key's number, as `intake recipients list` shows it." };
        var command = new Command("remove", "Remove a reviewer's public key (new testimonies stop being encrypted to it).") { data, id };
        command.SetAction(parse =>
        {
            if (!OpenStore(parse.GetValue(data)!).Remove(parse.GetValue(id)))
            {
                throw new CommandException($"There is no reviewer key {parse.GetValue(id)}: see intake recipients list.");
            }
            output.WriteLine($"Removed reviewer key {parse.GetValue(id)}.");
            return 0;
        });
        return command;
    }

    private static RecipientStore OpenStore(string dataDirectory) =>
        new(IntakeDatabase.Open(DataDirectory.DatabasePath(DataDirectory.Prepare(dataDirectory))));
}
