using System.Globalization;
using Intake.Review.Commands;
using Spectre.Console;

namespace Intake.Review.Agreement;

/// <summary>The text output of <c>review agreement</c>: a table of the figures, then the disagreements to adjudicate.</summary>
internal static class AgreementTables
{
    private const string Undefined = "undefined";

    public static void Write(AgreementReport report, ReviewConsole console)
    {
        console.Ansi.Write(Figures(report));
        foreach (var code in report.Codes.Where(code => code.Note is not null))
        {
            console.Out.WriteLine($"{TerminalText.Safe(code.Code)}: {code.Note}.");
        }
        if (report.Overall.Note is { } note)
        {
            console.Out.WriteLine($"overall: {note}.");
        }
        console.Out.WriteLine(OverallAgreement.Definition);
        console.Out.WriteLine();
        if (report.Disagreements.Count == 0)
        {
            console.Out.WriteLine("No disagreements.");
            return;
        }
        console.Out.WriteLine($"Disagreements to adjudicate: {report.Disagreements.Count}");
        console.Ansi.Write(Disagreements(report.Disagreements));
    }

    private static Table Figures(AgreementReport report)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Code");
        table.AddColumn("Level");
        foreach (var heading in new[] { "Alpha", "Units", "Coders", "Values", "Agreement" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }
        foreach (var code in report.Codes)
        {
            AddRow(table, code.Code, AgreementJson.LevelName(code.Level), code.Alpha, code.Units, code.Coders, code.PairableValues, code.PercentAgreement);
        }
        var overall = report.Overall;
        AddRow(table, "overall (nominal codes pooled)", "nominal", overall.Alpha, overall.Units, overall.Coders, overall.PairableValues, overall.PercentAgreement);
        return table;
    }

    private static void AddRow(Table table, string code, string level, double? alpha, int units, int coders, int values, double? percent) =>
        table.AddRow(
            new Text(TerminalText.Safe(code)),
            new Text(level),
            new Text(alpha is { } a ? a.ToString("0.000", CultureInfo.InvariantCulture) : Undefined),
            new Text(units.ToString(CultureInfo.InvariantCulture)),
            new Text(coders.ToString(CultureInfo.InvariantCulture)),
            new Text(values.ToString(CultureInfo.InvariantCulture)),
            new Text(percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "-"));

    private static Table Disagreements(IReadOnlyList<Disagreement> disagreements)
    {
        var coders = disagreements.SelectMany(d => d.Values).Select(value => value.Coder).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn(new TableColumn("Unit").NoWrap());
        table.AddColumn("Code");
        foreach (var coder in coders)
        {
            table.AddColumn(new TableColumn(new Text(TerminalText.Safe(coder))));
        }
        foreach (var disagreement in disagreements)
        {
            var byCoder = disagreement.Values.ToDictionary(value => value.Coder, value => value.Value, StringComparer.Ordinal);
            // Text, not markup: values come from testimonies or from someone else's table.
            var cells = new List<Text> { new(TerminalText.Safe(disagreement.Unit)), new(TerminalText.Safe(disagreement.Code)) };
            cells.AddRange(coders.Select(coder => new Text(byCoder.TryGetValue(coder, out var value) && value is not null ? TerminalText.Safe(value) : "-")));
            table.AddRow(cells);
        }
        return table;
    }
}
