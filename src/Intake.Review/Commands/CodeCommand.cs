using System.CommandLine;
using Intake.Review.Coding;
using Intake.Review.Workspace;

namespace Intake.Review.Commands;

/// <summary>
/// <c>review code ID --add CODE [--value V] [--passage START:END] [--memo TEXT] [--coder NAME]</c>,
/// <c>--remove CODE [--passage START:END]</c>, <c>--prefill</c>, <c>--confirm-prefill</c>;
/// <c>review code ID</c> lists the codes applied; <c>review code --list</c> prints the codebook.
/// </summary>
internal static class CodeCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var id = OptionalTestimonyId();
        var add = new Option<string?>("--add") { Description = "Apply this code (an id from `review code --list`).", HelpName = "CODE" };
        var remove = new Option<string?>("--remove") { Description = "Remove your application of this code.", HelpName = "CODE" };
        var value = new Option<string?>("--value") { Description = "The value of a case attribute (country code, sector, percent, YYYY-YYYY, yes/no…).", HelpName = "V" };
        var passage = new Option<TextPassage?>("--passage")
        {
            Description = "Characters START to END (exclusive) of the narrative, counted in UTF-16 code units of the narrative as imported; without it, the whole testimony.",
            HelpName = "START:END",
            CustomParser = result => PassageText.Parse(result.Tokens.Count == 1 ? result.Tokens[0].Value : null) is { } parsed
                ? parsed
                : Usage<TextPassage>(result, "--passage takes START:END, two whole numbers with START less than END (such as 120:245)."),
        };
        var memo = new Option<string?>("--memo") { Description = "A memo on this application (stored encrypted).", HelpName = "TEXT" };
        var coder = new Option<string?>("--coder") { Description = "Your coder name; needed the first time, remembered in the workspace after.", HelpName = "NAME" };
        var prefill = new Option<bool>("--prefill") { Description = "Show the case attributes the questionnaire answers suggest." };
        var confirmPrefill = new Option<bool>("--confirm-prefill") { Description = "Apply the suggested attributes as your coding (values you gave already are kept)." };
        var list = new Option<bool>("--list") { Description = "Print the codebook: every code's id, kind and label." };
        var language = new Option<string>("--lang") { Description = "The language of the labels (es or en; default en).", DefaultValueFactory = _ => Codebook.FallbackLanguage };
        language.AcceptOnlyFromAmong([.. Codebook.Languages]);
        var command = workspace.AddTo(new Command("code", "Apply or remove codes of the codebook on a testimony, or list them.")
        {
            id, add, remove, value, passage, memo, coder, prefill, confirmPrefill, list, language,
        });
        command.Validators.Add(result =>
        {
            var actions = new[] { result.GetValue(add) is not null, result.GetValue(remove) is not null, result.GetValue(prefill), result.GetValue(confirmPrefill), result.GetValue(list) }.Count(chosen => chosen);
            if (actions > 1)
            {
                result.AddError("Choose one of --add, --remove, --prefill, --confirm-prefill and --list.");
            }
            else if (!result.GetValue(list) && !Given(result, id))
            {
                result.AddError("Name the testimony: review code ID … (`review list` shows the ids), or print the codebook with --list.");
            }
            else if ((result.GetValue(value) is not null || result.GetValue(memo) is not null) && result.GetValue(add) is null)
            {
                result.AddError("--value and --memo go with --add.");
            }
        });
        command.SetAction(parse =>
        {
            var codebook = Codebook.Load();
            var lang = parse.GetValue(language) ?? Codebook.FallbackLanguage;
            if (parse.GetValue(list))
            {
                CodingText.WriteCodebook(console.Out, codebook, lang);
                return ReviewCommandLine.Success;
            }
            var testimonyId = parse.GetValue(id)!.Value;
            using var opened = workspace.Unlock(parse, console);
            var narrative = CodingActions.RequireNarrative(opened, testimonyId);
            if (parse.GetValue(add) is { } codeId)
            {
                var name = CodingActions.ResolveCoder(opened.Coding, parse.GetValue(coder));
                var (applied, added) = CodingActions.Apply(opened, testimonyId, codeId, parse.GetValue(value), parse.GetValue(passage), parse.GetValue(memo), name);
                console.Out.WriteLine($"{(added ? "Applied" : "Updated")} {applied.CodeId} on {PassageText.Format(applied.Passage)} of testimony {testimonyId}, as coder \"{name}\", codebook {codebook.Id} version {codebook.Version}.");
            }
            else if (parse.GetValue(remove) is { } removed)
            {
                var name = CodingActions.ResolveCoder(opened.Coding, parse.GetValue(coder));
                CodingActions.Remove(opened, testimonyId, removed, parse.GetValue(passage), name);
                console.Out.WriteLine($"Removed {removed} on {PassageText.Format(parse.GetValue(passage))} of testimony {testimonyId}, coder \"{name}\".");
            }
            else if (parse.GetValue(prefill) || parse.GetValue(confirmPrefill))
            {
                Prefill(console, opened, testimonyId, parse.GetValue(confirmPrefill) ? CodingActions.ResolveCoder(opened.Coding, parse.GetValue(coder)) : null);
            }
            else
            {
                CodingText.WriteApplications(console.Out, codebook, lang, testimonyId, narrative.Length, opened.Coding.ForTestimony(testimonyId));
            }
            return ReviewCommandLine.Success;
        });
        return command;
    }

    /// <summary>A testimony id that may be left out (for the commands that also list); a malformed one is a usage error.</summary>
    public static Argument<Guid?> OptionalTestimonyId() => new("ID")
    {
        Description = "The testimony's id, as `review list` shows it.",
        Arity = ArgumentArity.ZeroOrOne,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            return Guid.TryParseExact(text, "D", out var parsed)
                ? parsed
                : Usage<Guid?>(result, $"\"{text}\" is not a testimony id (such as 3f2b8c1e-…-…); `review list` shows them.");
        },
    };

    /// <summary>Whether the argument was on the command line (its value may not be read while it holds an error).</summary>
    public static bool Given(System.CommandLine.Parsing.CommandResult result, Argument argument) => result.GetResult(argument) is { Tokens.Count: > 0 };

    private static T? Usage<T>(System.CommandLine.Parsing.SymbolResult result, string message)
    {
        result.AddError(message);
        return default;
    }

    /// <param name="confirmAs">The coder to apply the suggestions as; null only shows them.</param>
    private static void Prefill(ReviewConsole console, ReviewWorkspace workspace, Guid testimonyId, string? confirmAs)
    {
        var answers = workspace.FindAnswers(testimonyId)!;
        var suggestions = AttributePrefill.From(answers);
        if (suggestions.Count == 0)
        {
            console.Out.WriteLine("The questionnaire answers suggest no case attribute for this testimony.");
            return;
        }
        var mine = confirmAs ?? workspace.Coding.Coder;
        var current = workspace.Coding.ForTestimony(testimonyId).Where(a => a.Coder == mine && !a.Adjudicated && a.Passage is null).ToList();
        foreach (var suggestion in suggestions)
        {
            var given = current.FirstOrDefault(a => a.CodeId == suggestion.CodeId)?.Value;
            var line = $"{suggestion.CodeId} = {TerminalText.Safe(suggestion.Value)} (from {suggestion.QuestionId})";
            if (given is not null)
            {
                console.Out.WriteLine(given == suggestion.Value ? $"{line}: already coded." : $"{line}: you coded {TerminalText.Safe(given)}; kept.");
            }
            else if (confirmAs is null)
            {
                console.Out.WriteLine($"{line}: suggested.");
            }
            else
            {
                CodingActions.Apply(workspace, testimonyId, suggestion.CodeId, suggestion.Value, null, null, confirmAs);
                console.Out.WriteLine($"{line}: applied as coder \"{confirmAs}\".");
            }
        }
        if (confirmAs is null)
        {
            console.Out.WriteLine($"Apply the suggestions with `review code {testimonyId} --confirm-prefill`, or code each with --add.");
        }
    }
}
