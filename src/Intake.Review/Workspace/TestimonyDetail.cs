namespace Intake.Review.Workspace;

/// <summary>A testimony as the reviewer reads it: its answers in the reader's language and its attachments' descriptions (never their content).</summary>
public sealed record TestimonyDetail(
    TestimonySummary Summary,
    string ReaderLanguage,
    IReadOnlyList<RenderedSection> Sections,
    IReadOnlyList<AttachmentInfo> Attachments);

/// <summary>A questionnaire section with the questions the source answered.</summary>
public sealed record RenderedSection(string Title, IReadOnlyList<RenderedAnswer> Answers);

/// <summary>
/// A question's label in the reader's language and the answer: choice labels translated, free
/// text exactly as the source wrote it (in <see cref="TestimonySummary.SourceLanguage"/>).
/// </summary>
public sealed record RenderedAnswer(string QuestionId, string Question, string Answer, bool IsFreeText);

/// <summary>Part <see cref="PartIndex"/> (1..N) of a submission, as the source's answers document describes it.</summary>
public sealed record AttachmentInfo(int PartIndex, string FileName, string DeclaredType, long Size, string Sha256Hex);

/// <summary>A reviewer's note; the text is stored encrypted in the workspace.</summary>
public sealed record ReviewNote(long Id, DateOnly Day, string Text);
