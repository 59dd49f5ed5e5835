using System.CommandLine;
using Intake.Review.Attachments;

namespace Intake.Review.Commands;

/// <summary>
/// <c>review attachment ID N --out PATH [--no-clean]</c>: copies attachment N of a testimony out,
/// without its metadata (mat2), and never opens it.
/// </summary>
internal static class AttachmentCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var id = TestimonyIdArgument.Create();
        var number = new Argument<int>("N") { Description = "Which attachment: 1 for the first (`review show ID` lists them)." };
        var output = new Option<string>("--out") { Description = "The new file to write; an existing file is never replaced.", HelpName = "PATH", Required = true };
        var noClean = new Option<bool>("--no-clean") { Description = "Copy the file as it is, without removing metadata with mat2 (not recommended)." };
        var command = workspace.AddTo(new Command("attachment", "Copy an attachment out, with its metadata removed by mat2; it is never opened.") { id, number, output, noClean });
        command.SetAction(parse =>
        {
            var mat2 = parse.GetValue(noClean) ? null : Mat2.Find() ?? throw new ReviewException(
                "mat2 is not installed, and it is needed to remove metadata (GPS position, author, device) that can identify a source. Nothing was written. " +
                "Install it (`sudo apt install mat2` on Debian or Tails), or pass --no-clean to copy the file with its metadata.");
            using var opened = workspace.Unlock(parse, console);
            var exported = AttachmentExporter.Export(opened, parse.GetValue(id), parse.GetValue(number), parse.GetValue(output)!, mat2);
            Report(console, exported);
            return ReviewCommandLine.Success;
        });
        return command;
    }

    private static void Report(ReviewConsole console, ExportedAttachment exported)
    {
        if (exported.IdentifyingFields.Count > 0)
        {
            console.Error.WriteLine(
                $"Warning: the original held metadata that can identify a person or a place: {string.Join(", ", exported.IdentifyingFields.Select(TerminalText.Safe))}. " +
                (exported.Cleaned ? "mat2 removed it from the copy; remember the source's device recorded it." : "The copy still holds it."));
        }
        if (exported.Unsupported)
        {
            console.Error.WriteLine("Warning: mat2 cannot clean this type of file, so the copy keeps whatever metadata it holds. Check it before sharing it.");
        }
        else if (!exported.Cleaned)
        {
            console.Error.WriteLine("Warning: copied with --no-clean: the file keeps its metadata. Do not share it as it is.");
        }
        var how = exported.Cleaned ? "metadata removed by mat2" : "metadata not removed";
        console.Out.WriteLine($"Wrote {exported.Path} ({exported.Size} bytes, {how}). It was not opened: open it yourself, on this offline laptop, when you are ready.");
    }
}
