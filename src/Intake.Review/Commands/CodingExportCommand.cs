using System.CommandLine;
using Intake.Review.Coding;

namespace Intake.Review.Commands;

/// <summary>
/// <c>review coding-export --out FILE [--with-memos]</c>: this workspace's coder's coding, for
/// another reviewer's <c>review merge</c>. Written whole or not at all, readable by the owner only.
/// </summary>
internal static class CodingExportCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var output = new Option<string>("--out") { Description = "The file to write (replaced if it exists).", HelpName = "FILE", Required = true };
        var withMemos = new Option<bool>("--with-memos") { Description = "Include the memos (they may quote the testimony; left out by default)." };
        var command = workspace.AddTo(new Command("coding-export", "Write your coding to a file for `review merge` in another workspace.") { output, withMemos });
        command.SetAction(parse =>
        {
            using var opened = workspace.Unlock(parse, console);
            var coder = opened.Coding.Coder
                ?? throw new ReviewException("This workspace has no coder yet, so there is no coding to export; code with `review code ID --add CODE --coder NAME` first.");
            var codebook = Codebook.Load();
            var mine = opened.Coding.All().Where(a => a.Coder == coder).ToList();
            var path = parse.GetValue(output)!;
            PrivateFile.Write(path, CodingExport.From(codebook, coder, mine, parse.GetValue(withMemos)).ToJson());
            console.Out.WriteLine(
                $"Wrote {mine.Count} code application(s) by \"{coder}\" on {mine.Select(a => a.TestimonyId).Distinct().Count()} testimonies (codebook {codebook.Id} version {codebook.Version}) to {Path.GetFullPath(path)}{(parse.GetValue(withMemos) ? ", with memos" : ", without memos")}.");
            return ReviewCommandLine.Success;
        });
        return command;
    }
}
