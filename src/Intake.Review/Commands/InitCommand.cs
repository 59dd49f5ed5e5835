using System.CommandLine;
using Intake.Review.Workspace;

namespace Intake.Review.Commands;

/// <summary><c>review init</c>: creates a workspace protected by a new passphrase, asked twice.</summary>
internal static class InitCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var command = workspace.AddTo(new Command("init", "Create a workspace, protected by a passphrase you choose (asked twice)."));
        command.SetAction(parse =>
        {
            var directory = workspace.DirectoryOf(parse);
            if (ReviewWorkspace.Exists(directory))
            {
                // Before the prompts, so nobody types a new passphrase twice for nothing.
                throw new WorkspaceException($"{Path.GetFullPath(directory)} is already a workspace; nothing was changed. Use it as it is, or name another directory with --workspace.");
            }
            using var created = ReviewWorkspace.Create(directory, workspace.ReadPassphrase(parse, console, confirm: true));
            console.Out.WriteLine($"Created the workspace {created.DirectoryPath}.");
            console.Out.WriteLine("Next: `review keygen` makes your key (give its public key to the operator), or `review identity add FILE` adds an existing one;");
            console.Out.WriteLine("then `review trust-server KEY` pins the server's export key, and `review import BUNDLE` imports what the operator exports.");
            return ReviewCommandLine.Success;
        });
        return command;
    }
}
