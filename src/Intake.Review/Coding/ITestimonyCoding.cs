namespace Intake.Review.Coding;

/// <summary>Coding as the local UI does it, so the UI needs no workspace (its tests use a fake).</summary>
public interface ITestimonyCoding
{
    /// <summary>The name this workspace codes under; null until the first code is applied.</summary>
    string? Coder { get; }

    IReadOnlyList<CodeApplication> ForTestimony(Guid id);

    /// <param name="coder">Needed when <see cref="Coder"/> is null; then remembered.</param>
    /// <exception cref="ReviewException">The code, value, passage, memo or coder is refused; nothing was changed.</exception>
    CodeApplication Apply(Guid id, string codeId, string? value, TextPassage? passage, string? memo, string? coder);

    /// <exception cref="ReviewException">This coder has no such application.</exception>
    void Remove(Guid id, string codeId, TextPassage? passage);
}
