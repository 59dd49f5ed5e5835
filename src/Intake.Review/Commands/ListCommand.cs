using System.CommandLine;
using System.Text.Json;
using Intake.Review.Workspace;
using Spectre.Console;

namespace Intake.Review.Commands;

/// <summary><c>review list [--json]</c>: every imported testimony, newest day first.</summary>
internal static class ListCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of a table." };
        var command = workspace.AddTo(new Command("list", "List the imported testimonies: id, day, language, country, sector, status, attachments.") { json });
        command.SetAction(parse =>
        {
            using var opened = workspace.Unlock(parse, console);
            var testimonies = opened.Catalog.List();
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(testimonies.Select(ToJson), CommandJson.Options));
            }
            else if (testimonies.Count == 0)
            {
                console.Out.WriteLine("No testimonies yet: import a bundle with `review import BUNDLE`.");
            }
            else
            {
                console.Ansi.Write(ToTable(testimonies));
            }
            return ReviewCommandLine.Success;
        });
        return command;
    }

    private static object ToJson(TestimonySummary testimony) => new
    {
        id = testimony.Id,
        day = IsoDay.ToText(testimony.Day),
        language = testimony.SourceLanguage,
        country = testimony.Country,
        sector = testimony.Sector,
        status = TestimonyStatusText.ToText(testimony.Status),
        attachments = testimony.AttachmentCount,
    };

    private static Table ToTable(IReadOnlyList<TestimonySummary> testimonies)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn(new TableColumn("Id").NoWrap());
        table.AddColumn(new TableColumn("Day").NoWrap());
        table.AddColumns("Lang", "Country", "Sector", "Status");
        table.AddColumn(new TableColumn("Files").RightAligned());
        foreach (var testimony in testimonies)
        {
            // Text, not markup: the values come from testimonies.
            table.AddRow(
                new Text(testimony.Id.ToString()),
                new Text(IsoDay.ToText(testimony.Day)),
                new Text(TerminalText.Safe(testimony.SourceLanguage)),
                new Text(TerminalText.Safe(testimony.Country ?? "-")),
                new Text(TerminalText.Safe(testimony.Sector ?? "-")),
                new Text(TestimonyStatusText.ToText(testimony.Status)),
                new Text(testimony.AttachmentCount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return table;
    }
}
