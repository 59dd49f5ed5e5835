using System.CommandLine;

namespace Intake.Review.Commands;

/// <summary>The ID argument of the commands that take one testimony; a malformed id is a usage error (exit 2).</summary>
internal static class TestimonyIdArgument
{
    public static Argument<Guid> Create() => new("ID")
    {
        Description = "The testimony's id, as `review list` shows it.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (Guid.TryParseExact(text, "D", out var id))
            {
                return id;
            }
            result.AddError($"\"{text}\" is not a testimony id (such as 3f2b8c1e-…-…); `review list` shows them.");
            return Guid.Empty;
        },
    };
}
