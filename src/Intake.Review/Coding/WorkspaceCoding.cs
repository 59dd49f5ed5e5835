using Intake.Review.Workspace;

namespace Intake.Review.Coding;

/// <summary><see cref="ITestimonyCoding"/> over an unlocked workspace, with the same checks as <c>review code</c>.</summary>
public sealed class WorkspaceCoding(ReviewWorkspace workspace) : ITestimonyCoding
{
    public string? Coder => workspace.Coding.Coder;

    public IReadOnlyList<CodeApplication> ForTestimony(Guid id) => workspace.Coding.ForTestimony(id);

    public CodeApplication Apply(Guid id, string codeId, string? value, TextPassage? passage, string? memo, string? coder) =>
        CodingActions.Apply(workspace, id, codeId, value, passage, memo, CodingActions.ResolveCoder(workspace.Coding, coder)).Application;

    public void Remove(Guid id, string codeId, TextPassage? passage) =>
        CodingActions.Remove(workspace, id, codeId, passage, CodingActions.ResolveCoder(workspace.Coding, null));
}
