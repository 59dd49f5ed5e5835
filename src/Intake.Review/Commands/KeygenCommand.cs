using System.CommandLine;

namespace Intake.Review.Commands;

/// <summary>
/// <c>review keygen [--classic] [--label L]</c>: a new identity, kept in the workspace under its
/// passphrase. The public key goes alone to standard output, for scripts and for the operator.
/// </summary>
internal static class KeygenCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var classic = new Option<bool>("--classic")
        {
            Description = "Generate a classic X25519 key (age1…) instead of a post-quantum hybrid key (age1pq1…). Only for servers or tools that cannot use post-quantum keys.",
        };
        var label = new Option<string?>("--label") { Description = "A name for this key in the workspace (say, the reviewer's first name).", HelpName = "L" };
        var command = workspace.AddTo(new Command("keygen", "Generate your key pair; prints the public key to give the operator.") { classic, label });
        command.SetAction(parse =>
        {
            using var opened = workspace.Unlock(parse, console);
            var identity = opened.Identities.Generate(parse.GetValue(classic), parse.GetValue(label));
            console.Out.WriteLine(identity.Recipients[0]);
            console.Error.WriteLine(
                $"Saved the secret key as identities/{identity.Name}.age, protected by the workspace passphrase. " +
                "Give the operator the public key above (it is not secret) for `intake recipients add`.");
            return ReviewCommandLine.Success;
        });
        return command;
    }
}
