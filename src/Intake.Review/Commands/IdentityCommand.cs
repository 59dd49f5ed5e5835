using System.CommandLine;
using Intake.Review.Workspace;

namespace Intake.Review.Commands;

/// <summary><c>review identity add FILE</c> and <c>review identity list</c>: the team's keys in this workspace.</summary>
internal static class IdentityCommand
{
    public static Command Create(ReviewConsole console)
    {
        var identity = new Command("identity", "Manage the identities (secret keys) this workspace decrypts with.");
        identity.Subcommands.Add(CreateAdd(console));
        identity.Subcommands.Add(CreateList(console));
        return identity;
    }

    private static Command CreateAdd(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var file = new Argument<string>("FILE") { Description = "An identity file: plain (age-keygen) or protected by its own passphrase (age -p)." };
        var label = new Option<string?>("--label") { Description = "A name for this key in the workspace.", HelpName = "L" };
        var identityPassphraseFile = new Option<string?>("--identity-passphrase-file")
        {
            Description = "Read the identity file's own passphrase from the first line of this file instead of the terminal.",
            HelpName = "FILE",
        };
        var add = workspace.AddTo(new Command("add", "Add an existing identity file, re-encrypted with the workspace passphrase.") { file, label, identityPassphraseFile });
        add.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            using var opened = workspace.Unlock(parse, console);
            var passphrases = console.PassphrasesFrom(parse.GetValue(identityPassphraseFile));
            var identities = IdentityFileReader.Read(path, () => passphrases.Read($"Passphrase of the identity file {path}: ", confirm: false));
            try
            {
                var added = opened.Identities.Add(identities, parse.GetValue(label));
                console.Out.WriteLine($"Added the identity \"{added.Name}\" (public key {string.Join(", ", added.Recipients)}), protected by the workspace passphrase.");
                console.Out.WriteLine($"The workspace keeps its own copy: review no longer needs {path}.");
            }
            finally
            {
                new UnlockedIdentities(identities).Dispose();
            }
            return ReviewCommandLine.Success;
        });
        return add;
    }

    private static Command CreateList(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var list = workspace.AddTo(new Command("list", "List the identities and their public keys."));
        list.SetAction(parse =>
        {
            using var opened = workspace.Unlock(parse, console);
            var identities = opened.Identities.List();
            if (identities.Count == 0)
            {
                console.Out.WriteLine("No identities yet: `review keygen` makes one, `review identity add FILE` adds an existing one.");
            }
            foreach (var identity in identities)
            {
                var label = identity.Label is null ? string.Empty : $" ({identity.Label})";
                console.Out.WriteLine($"{identity.Name}{label}: {string.Join(", ", identity.Recipients)}");
            }
            return ReviewCommandLine.Success;
        });
        return list;
    }
}
