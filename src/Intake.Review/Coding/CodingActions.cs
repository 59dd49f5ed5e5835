using Intake.Review.Workspace;

namespace Intake.Review.Coding;

/// <summary>
/// Applying and removing codes as the command line and the UI both do it: the code must be
/// in the codebook, the value must fit it, the passage must lie in the narrative, and the
/// application records the coder and the codebook version.
/// </summary>
public static class CodingActions
{
    public const int MaxMemoLength = 5_000;

    /// <returns>The application as stored, and whether it was new (false: it replaced the same coder's one).</returns>
    /// <exception cref="ReviewException">Unknown code or testimony, a value or passage that does not fit, a memo too long.</exception>
    public static (CodeApplication Application, bool Added) Apply(
        ReviewWorkspace workspace, Guid testimonyId, string codeId, string? value, TextPassage? passage, string? memo, string coder, bool adjudicated = false)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var codebook = Codebook.Load();
        var code = codebook.Require(codeId);
        var checkedValue = adjudicated && value == CodeValues.Absent ? value : CodeValues.Check(code, value);
        var narrative = RequireNarrative(workspace, testimonyId);
        if (passage is not null)
        {
            PassageText.CheckWithin(passage, narrative.Length);
        }
        var note = string.IsNullOrWhiteSpace(memo) ? null : memo.Trim();
        if (note?.Length > MaxMemoLength)
        {
            throw new ReviewException($"A memo holds at most {MaxMemoLength} characters. Nothing was changed.");
        }
        var application = new CodeApplication(testimonyId, code.Id, checkedValue, passage, coder, codebook.Version, note, adjudicated);
        return (application, workspace.Coding.Add(application));
    }

    /// <exception cref="ReviewException">This coder has no such application to remove.</exception>
    public static void Remove(ReviewWorkspace workspace, Guid testimonyId, string codeId, TextPassage? passage, string coder)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var code = Codebook.Load().Require(codeId);
        if (!workspace.Coding.Remove(testimonyId, code.Id, coder, passage))
        {
            throw new ReviewException(
                $"Coder \"{coder}\" has not applied {code.Id} to {PassageText.Format(passage)} of testimony {testimonyId}; nothing was removed. `review code {testimonyId}` lists the codes applied.");
        }
    }

    /// <returns>The narrative text (empty when the source wrote none).</returns>
    /// <exception cref="ReviewException">There is no such testimony.</exception>
    public static string RequireNarrative(ReviewWorkspace workspace, Guid testimonyId)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var answers = workspace.FindAnswers(testimonyId)
            ?? throw new ReviewException($"There is no testimony {testimonyId} in this workspace; `review list` shows the ids.");
        return answers.TextAnswer(PassageText.NarrativeQuestion) ?? string.Empty;
    }

    /// <summary>
    /// The coder to record: <paramref name="given"/> (remembered as the workspace's coder the
    /// first time), else the one remembered. One workspace codes under one name, so that
    /// independent coders stay independent.
    /// </summary>
    /// <exception cref="ReviewException">No name given nor remembered, an invalid name, or a name other than the remembered one.</exception>
    public static string ResolveCoder(CodingStore store, string? given)
    {
        ArgumentNullException.ThrowIfNull(store);
        var remembered = store.Coder;
        if (given is null)
        {
            return remembered ?? throw new ReviewException(
                "This workspace has no coder yet: give your name once with --coder NAME; it is remembered and recorded with every code you apply.");
        }
        if (!CoderNames.IsValid(given))
        {
            throw new ReviewException($"\"{given}\" cannot be a coder's name: use 1 to {CoderNames.MaxLength} letters, digits, spaces and . _ - @.");
        }
        if (remembered is null)
        {
            store.SetCoder(given);
            return given;
        }
        return remembered == given
            ? given
            : throw new ReviewException(
                $"This workspace codes as \"{remembered}\", not \"{given}\". Each coder codes in their own workspace (`review init`), and `review merge` brings the codings together.");
    }
}
