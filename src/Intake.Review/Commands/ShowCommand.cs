using System.CommandLine;
using System.Text.Json;
using Intake.Questionnaires;
using Intake.Review.Workspace;

namespace Intake.Review.Commands;

/// <summary>
/// <c>review show ID [--lang es|en|pt] [--json]</c>: one testimony, questions and choices in the
/// reviewer's language, free text as the source wrote it (marked with the source's language).
/// </summary>
internal static class ShowCommand
{
    public const string DefaultLanguage = "en";

    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var id = TestimonyIdArgument.Create();
        var language = new Option<string>("--lang")
        {
            Description = $"The language to show questions and choices in (default: {DefaultLanguage}).",
            DefaultValueFactory = _ => DefaultLanguage,
        };
        language.AcceptOnlyFromAmong([.. QuestionnaireLanguages.Supported]);
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var command = workspace.AddTo(new Command("show", "Show one testimony's answers, attachments (described, never opened) and notes.") { id, language, json });
        command.SetAction(parse =>
        {
            var testimonyId = parse.GetValue(id);
            using var opened = workspace.Unlock(parse, console);
            var detail = opened.Catalog.Find(testimonyId, parse.GetValue(language) ?? DefaultLanguage)
                ?? throw new ReviewException($"There is no testimony {testimonyId} in this workspace; `review list` shows the ids.");
            var notes = opened.Catalog.Notes(testimonyId);
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(ToJson(detail, notes), CommandJson.Options));
            }
            else
            {
                WriteText(console.Out, detail, notes);
            }
            return ReviewCommandLine.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, TestimonyDetail detail, IReadOnlyList<ReviewNote> notes)
    {
        var summary = detail.Summary;
        output.WriteLine($"Testimony {summary.Id}");
        output.WriteLine($"Day {IsoDay.ToText(summary.Day)}, status {TestimonyStatusText.ToText(summary.Status)}, written in \"{TerminalText.Safe(summary.SourceLanguage)}\".");
        output.WriteLine($"Questions and choices are shown in \"{detail.ReaderLanguage}\"; answers marked [{TerminalText.Safe(summary.SourceLanguage)}] are the source's own words.");
        foreach (var section in detail.Sections)
        {
            output.WriteLine();
            output.WriteLine($"== {TerminalText.Safe(section.Title)} ==");
            foreach (var answer in section.Answers)
            {
                var marker = answer.IsFreeText ? $" [{TerminalText.Safe(summary.SourceLanguage)}]" : string.Empty;
                output.WriteLine($"{TerminalText.Safe(answer.Question)}{marker}:");
                foreach (var line in TerminalText.Safe(answer.Answer).Split('\n'))
                {
                    output.WriteLine($"    {line}");
                }
            }
        }
        output.WriteLine();
        output.WriteLine(detail.Attachments.Count == 0 ? "No attachments." : "Attachments (never opened; copy one out with `review attachment ID N --out PATH`):");
        foreach (var attachment in detail.Attachments)
        {
            output.WriteLine($"  {attachment.PartIndex}. {TerminalText.Safe(attachment.FileName)} ({TerminalText.Safe(attachment.DeclaredType)}, {attachment.Size} bytes, SHA-256 {attachment.Sha256Hex})");
        }
        foreach (var note in notes)
        {
            output.WriteLine($"Note {note.Id} ({IsoDay.ToText(note.Day)}): {TerminalText.Safe(note.Text)}");
        }
    }

    private static object ToJson(TestimonyDetail detail, IReadOnlyList<ReviewNote> notes) => new
    {
        id = detail.Summary.Id,
        day = IsoDay.ToText(detail.Summary.Day),
        status = TestimonyStatusText.ToText(detail.Summary.Status),
        sourceLanguage = detail.Summary.SourceLanguage,
        readerLanguage = detail.ReaderLanguage,
        country = detail.Summary.Country,
        sector = detail.Summary.Sector,
        sections = detail.Sections.Select(section => new
        {
            title = section.Title,
            answers = section.Answers.Select(answer => new { questionId = answer.QuestionId, question = answer.Question, answer = answer.Answer, isFreeText = answer.IsFreeText }),
        }),
        attachments = detail.Attachments.Select(attachment => new
        {
            part = attachment.PartIndex,
            fileName = attachment.FileName,
            type = attachment.DeclaredType,
            size = attachment.Size,
            sha256 = attachment.Sha256Hex,
        }),
        notes = notes.Select(note => new { id = note.Id, day = IsoDay.ToText(note.Day), text = note.Text }),
    };
}
