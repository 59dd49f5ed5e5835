using System.CommandLine;
using System.CommandLine.Parsing;
using Intake.Review.Coding;
using Intake.Review.Evidence;
using Intake.Review.Workspace;

namespace Intake.Review.Commands;

/// <summary>
/// <c>review quote ID</c>: mark a passage of a testimony's narrative for publication with its
/// redacted wording (<c>--passage START:END --redacted TEXT [--note TEXT]</c>), <c>--list</c>
/// the quotes and their checker flags, <c>--remove QUOTE_ID</c>, or <c>--resolve QUOTE_ID --flag N
/// --reason TEXT</c> to record that a flag is acceptable.
/// </summary>
internal static class QuoteCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var id = TestimonyIdArgument.Create();
        var passage = new Option<TextPassage?>("--passage")
        {
            Description = "The quoted characters of the narrative, START:END (END excluded).",
            HelpName = "START:END",
            CustomParser = ParsePassage,
        };
        var redacted = new Option<string?>("--redacted") { Description = "The quote as it may be published, with names and details removed.", HelpName = "TEXT" };
        var note = new Option<string?>("--note") { Description = "A note for the team (stored encrypted, never exported).", HelpName = "TEXT" };
        var list = new Option<bool>("--list") { Description = "List the testimony's quotes and their checker flags." };
        var remove = new Option<long?>("--remove") { Description = "Remove a quote.", HelpName = "QUOTE_ID" };
        var resolve = new Option<long?>("--resolve") { Description = "Record that a flag of this quote is acceptable (with --flag and --reason).", HelpName = "QUOTE_ID" };
        var flag = new Option<int?>("--flag") { Description = "The flag's number, as --list shows it.", HelpName = "N" };
        var reason = new Option<string?>("--reason") { Description = "Why the flag is acceptable, e.g. \"a public figure\".", HelpName = "TEXT" };
        var names = new Option<string?>("--names") { Description = "A file of further names to flag, one a line.", HelpName = "FILE" };
        var command = workspace.AddTo(new Command("quote", "Mark passages of a testimony for publication, redacted, and review the checker's flags.")
        {
            id, passage, redacted, note, list, remove, resolve, flag, reason, names,
        });
        command.Validators.Add(result => Validate(result, passage, redacted, note, list, remove, resolve, flag, reason));
        command.SetAction(parse =>
        {
            var testimonyId = parse.GetValue(id);
            var checker = new QuoteChecker(NameList.From(parse.GetValue(names)));
            using var opened = workspace.Unlock(parse, console);
            if (parse.GetValue(remove) is { } removeId)
            {
                RequireQuote(opened, testimonyId, removeId);
                opened.Quotes.Remove(removeId);
                console.Out.WriteLine($"Removed quote {removeId}.");
            }
            else if (parse.GetValue(resolve) is { } resolveId)
            {
                Resolve(console, checker, RequireQuote(opened, testimonyId, resolveId), parse.GetValue(flag)!.Value, parse.GetValue(reason)!, opened.Quotes);
            }
            else if (parse.GetValue(list))
            {
                QuoteListing.Write(console.Out, opened.Quotes.ForTestimony(testimonyId), checker);
            }
            else
            {
                Add(console, opened, checker, testimonyId, parse.GetValue(passage)!, parse.GetValue(redacted)!, parse.GetValue(note));
            }
            return ReviewCommandLine.Success;
        });
        return command;
    }

    private static void Add(ReviewConsole console, ReviewWorkspace workspace, QuoteChecker checker, Guid testimonyId, TextPassage passage, string redacted, string? note)
    {
        var answers = workspace.FindAnswers(testimonyId)
            ?? throw new ReviewException($"There is no testimony {testimonyId} in this workspace; `review list` shows the ids.");
        PassageText.CheckWithin(passage, answers.TextAnswer(PassageText.NarrativeQuestion)?.Length ?? 0);
        if (string.IsNullOrWhiteSpace(redacted))
        {
            throw new ReviewException("The redacted wording is blank; nothing was stored. Give the quote as it may be published with --redacted.");
        }
        var quote = workspace.Quotes.Add(testimonyId, passage, redacted, note);
        console.Out.WriteLine($"Marked quote {quote.Id} ({passage.Start}:{passage.End}) for publication.");
        QuoteListing.WriteFlags(console.Out, quote, checker);
    }

    private static void Resolve(ReviewConsole console, QuoteChecker checker, Quote quote, int number, string reason, QuoteStore store)
    {
        var flags = checker.Check(quote.Redacted);
        if (number < 1 || number > flags.Count)
        {
            throw new ReviewException(flags.Count == 0
                ? $"Quote {quote.Id} has no flags to resolve; nothing was changed."
                : $"Quote {quote.Id} has flags 1 to {flags.Count}, not {number}; nothing was changed. `review quote {quote.TestimonyId} --list` shows them.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ReviewException("The reason is blank; nothing was changed. Say with --reason why the flag is acceptable.");
        }
        var resolved = store.Resolve(quote.Id, flags[number - 1], reason);
        console.Out.WriteLine($"Flag {number} of quote {quote.Id} ({FlagKindText.ToText(resolved.Kind)}) is resolved: {TerminalText.Safe(reason)}");
    }

    private static Quote RequireQuote(ReviewWorkspace workspace, Guid testimonyId, long quoteId) =>
        workspace.Quotes.Find(quoteId) is { } quote && quote.TestimonyId == testimonyId
            ? quote
            : throw new ReviewException($"Testimony {testimonyId} has no quote {quoteId}; nothing was changed. `review quote {testimonyId} --list` shows its quotes.");

    private static TextPassage? ParsePassage(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        var passage = PassageText.Parse(text);
        if (passage is null)
        {
            result.AddError($"\"{text}\" is not a passage: give START:END, character offsets into the narrative with END after START.");
        }
        return passage;
    }

    private static void Validate(
        CommandResult result, Option passage, Option redacted, Option note, Option list, Option remove, Option resolve, Option flag, Option reason)
    {
        bool Given(Option option) => result.GetResult(option) is not null;
        var actions = new[] { Given(passage) || Given(redacted), Given(list), Given(remove), Given(resolve) }.Count(given => given);
        if (actions != 1)
        {
            result.AddError("Give one of: --passage START:END --redacted TEXT, --list, --remove QUOTE_ID, or --resolve QUOTE_ID --flag N --reason TEXT.");
        }
        else if ((Given(passage) || Given(redacted)) && !(Given(passage) && Given(redacted)))
        {
            result.AddError("A quote needs both --passage START:END and --redacted TEXT.");
        }
        else if (Given(resolve) != (Given(flag) && Given(reason)) || (!Given(resolve) && (Given(flag) || Given(reason))))
        {
            result.AddError("--resolve QUOTE_ID goes with --flag N and --reason TEXT.");
        }
        else if (Given(note) && !Given(passage))
        {
            result.AddError("--note goes with a new quote (--passage and --redacted).");
        }
    }
}
