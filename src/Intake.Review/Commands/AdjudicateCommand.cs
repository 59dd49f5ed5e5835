using System.CommandLine;
using Intake.Review.Coding;

namespace Intake.Review.Commands;

/// <summary>
/// <c>review adjudicate ID CODE (--value V | --present | --absent) [--memo TEXT]</c>: the team's
/// final decision on a code, recorded as adjudicated by this workspace's coder.
/// <c>review adjudicate</c> alone lists the disagreements still to decide.
/// </summary>
internal static class AdjudicateCommand
{
    public static Command Create(ReviewConsole console)
    {
        var workspace = new WorkspaceOption();
        var id = CodeCommand.OptionalTestimonyId();
        var code = new Argument<string?>("CODE") { Description = "The code decided on.", Arity = ArgumentArity.ZeroOrOne };
        var value = new Option<string?>("--value") { Description = "The decided value of a case attribute.", HelpName = "V" };
        var present = new Option<bool>("--present") { Description = "The indicator or Palermo element is present." };
        var absent = new Option<bool>("--absent") { Description = "The code is absent (for an attribute: left unrecorded)." };
        var memo = new Option<string?>("--memo") { Description = "Why (stored encrypted).", HelpName = "TEXT" };
        var coder = new Option<string?>("--coder") { Description = "Your coder name, if this workspace has none yet.", HelpName = "NAME" };
        var command = workspace.AddTo(new Command("adjudicate", "Record the final decision on a disputed code, or list the disputes.") { id, code, value, present, absent, memo, coder });
        command.Validators.Add(result =>
        {
            var decisions = new[] { result.GetValue(value) is not null, result.GetValue(present), result.GetValue(absent) }.Count(chosen => chosen);
            var deciding = CodeCommand.Given(result, id) || result.GetValue(code) is not null;
            if (deciding && (!CodeCommand.Given(result, id) || result.GetValue(code) is null || decisions != 1))
            {
                result.AddError("Give the testimony, the code and exactly one of --value V, --present and --absent.");
            }
            else if (!deciding && (decisions > 0 || result.GetValue(memo) is not null))
            {
                result.AddError("Name the testimony and the code: review adjudicate ID CODE ….");
            }
        });
        command.SetAction(parse =>
        {
            using var opened = workspace.Unlock(parse, console);
            if (parse.GetValue(id) is not { } testimonyId)
            {
                WriteDisagreements(console, AdjudicatedCases.Build(opened).Disagreements);
                return ReviewCommandLine.Success;
            }
            var definition = Codebook.Load().Require(parse.GetValue(code)!);
            if (parse.GetValue(present) && !definition.IsPresence)
            {
                throw new ReviewException($"{definition.Id} is a case attribute: decide its value with --value V, or --absent to leave it unrecorded.");
            }
            var adjudicator = CodingActions.ResolveCoder(opened.Coding, parse.GetValue(coder));
            var decided = parse.GetValue(absent) ? CodeValues.Absent : parse.GetValue(value);
            var (application, _) = CodingActions.Apply(opened, testimonyId, definition.Id, decided, null, parse.GetValue(memo), adjudicator, adjudicated: true);
            var outcome = application.Value == CodeValues.Absent ? "absent" : application.Value is null ? "present" : $"= {TerminalText.Safe(application.Value)}";
            console.Out.WriteLine($"Adjudicated {definition.Id} {outcome} for testimony {testimonyId}, by \"{adjudicator}\".");
            return ReviewCommandLine.Success;
        });
        return command;
    }

    private static void WriteDisagreements(ReviewConsole console, IReadOnlyList<Unresolved> disagreements)
    {
        console.Out.WriteLine(disagreements.Count == 0 ? "No disagreement is waiting for adjudication." : $"{disagreements.Count} disagreement(s) waiting for adjudication:");
        foreach (var d in disagreements)
        {
            var views = string.Join("; ", d.Values.Select(v => $"{v.Coder}: {TerminalText.Safe(v.Value ?? "(none)")}"));
            console.Out.WriteLine($"  {d.TestimonyId} {d.CodeId}: {views}");
        }
    }
}
