using System.CommandLine;
using Intake.Review.Coding;

namespace Intake.Review.Commands;

/// <summary><c>review merge FILE...</c>: other coders' coding exports into this workspace, for agreement and adjudication.</summary>
internal static class MergeCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var files = new Argument<string[]>("FILE") { Description = "Coding exports written by `review coding-export` in other workspaces.", Arity = ArgumentArity.OneOrMore };
        var command = workspace.AddTo(new Command("merge", "Merge other coders' coding exports (each replaces that coder's earlier merge; your own coding is never touched).") { files });
        command.SetAction(parse =>
        {
            using var opened = workspace.Unlock(parse, console);
            foreach (var (file, coder, applications, replaced) in CodingMerge.Merge(opened, parse.GetValue(files)!))
            {
                console.Out.WriteLine($"Merged {applications} code application(s) by \"{coder}\" from {file} (replacing {replaced} merged before).");
            }
            return ReviewCommandLine.Success;
        });
        return command;
    }
}
