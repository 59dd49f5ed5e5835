using Intake.Review.Coding;
using Intake.Review.Evidence;

namespace Intake.Review.Workspace;

/// <summary>
/// A passage of a testimony's narrative marked for publication, with the reviewer's redacted
/// wording of it (what the evidence export publishes) and an optional note; both are stored
/// sealed. <see cref="Resolutions"/> are the checker flags the reviewer judged acceptable.
/// </summary>
public sealed record Quote(
    long Id,
    Guid TestimonyId,
    TextPassage Passage,
    string Redacted,
    string? Note,
    DateOnly Day,
    IReadOnlyList<QuoteResolution> Resolutions)
{
    /// <summary>The flags of <paramref name="checker"/> on the redacted text that no resolution covers.</summary>
    public IReadOnlyList<QuoteFlag> UnresolvedFlags(QuoteChecker checker)
    {
        ArgumentNullException.ThrowIfNull(checker);
        return [.. checker.Check(Redacted).Where(flag => !Resolutions.Any(resolution => resolution.Covers(flag)))];
    }
}

/// <summary>
/// A reviewer's decision that one checker flag is acceptable (a public figure's name, say).
/// It names the flag by kind and position in the redacted text, which never changes, so a
/// longer names list cannot shift it onto another flag; the reason is stored sealed.
/// </summary>
public sealed record QuoteResolution(FlagKind Kind, int Offset, int Length, string Reason, DateOnly Day)
{
    public bool Covers(QuoteFlag flag)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return flag.Kind == Kind && flag.Offset == Offset && flag.Length == Length;
    }
}
