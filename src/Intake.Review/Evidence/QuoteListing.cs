using Intake.Review.Commands;
using Intake.Review.Workspace;

namespace Intake.Review.Evidence;

/// <summary>
/// A testimony's quotes for the reviewer's terminal: the redacted wording, and each checker flag
/// numbered as <c>--resolve QUOTE_ID --flag N</c> expects, with the matched text shown here and
/// nowhere else.
/// </summary>
internal static class QuoteListing
{
    public static void Write(TextWriter output, IReadOnlyList<Quote> quotes, QuoteChecker checker)
    {
        if (quotes.Count == 0)
        {
            output.WriteLine("No quotes are marked in this testimony. Mark one with --passage START:END --redacted TEXT.");
        }
        foreach (var quote in quotes)
        {
            output.WriteLine($"Quote {quote.Id} ({quote.Passage.Start}:{quote.Passage.End}, {IsoDay.ToText(quote.Day)}): {TerminalText.Safe(quote.Redacted)}");
            if (quote.Note is { } note)
            {
                output.WriteLine($"  Note: {TerminalText.Safe(note)}");
            }
            WriteFlags(output, quote, checker);
        }
    }

    public static void WriteFlags(TextWriter output, Quote quote, QuoteChecker checker)
    {
        var flags = checker.Check(quote.Redacted);
        if (flags.Count == 0)
        {
            output.WriteLine("  The checker flags nothing.");
        }
        for (var i = 0; i < flags.Count; i++)
        {
            var flag = flags[i];
            var resolution = quote.Resolutions.FirstOrDefault(resolution => resolution.Covers(flag));
            var state = resolution is null ? "unresolved" : $"resolved {IsoDay.ToText(resolution.Day)}: {TerminalText.Safe(resolution.Reason)}";
            output.WriteLine($"  Flag {i + 1}: {flag.KindName} at {flag.Offset} \"{TerminalText.Safe(flag.Text)}\" ({state})");
        }
        var open = flags.Count(flag => !quote.Resolutions.Any(resolution => resolution.Covers(flag)));
        if (open > 0)
        {
            output.WriteLine($"  {open} unresolved: reword the quote, or record why a flag is harmless with `review quote {quote.TestimonyId} --resolve {quote.Id} --flag N --reason TEXT`.");
        }
    }
}
