using System.CommandLine;

namespace Intake.Review.Commands;

/// <summary><c>review ack --out FILE</c>: the acknowledgement of every imported bundle, for the operator's <c>intake purge --ack</c>.</summary>
internal static class AckCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var output = new Option<string>("--out") { Description = "The file to write (replaced if it exists).", HelpName = "FILE", Required = true };
        var command = workspace.AddTo(new Command("ack", "Write the acknowledgement of everything imported, for the operator's `intake purge --ack`.") { output });
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            using var opened = workspace.Unlock(parse, console);
            var acknowledgement = opened.Bundles.Acknowledge();
            if (acknowledgement.Bundles.Count == 0)
            {
                throw new ReviewException("Nothing has been imported into this workspace, so there is nothing to acknowledge; no file was written. Import a bundle first with `review import BUNDLE`.");
            }
            AtomicFile.Write(path, acknowledgement.ToJson());
            var testimonies = acknowledgement.Bundles.Sum(bundle => bundle.Submissions.Count);
            console.Out.WriteLine(
                $"Acknowledged {acknowledgement.Bundles.Count} bundle(s) with {testimonies} testimonies in {path}. " +
                $"Give it to the operator for `intake purge --ack {Path.GetFileName(path)}`; it holds only ids and hashes.");
            return ReviewCommandLine.Success;
        });
        return command;
    }
}
