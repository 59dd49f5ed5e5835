using Intake.Review.Workspace;

namespace Intake.Review.Ui.Text;

/// <summary>
/// Every sentence the review UI shows, in one reader language. A record with required members,
/// so a translation that misses a sentence does not compile. Plain text: pages encode it.
/// </summary>
public sealed record UiText
{
    public required string Code { get; init; }

    public required string LanguageName { get; init; }

    /// <summary>The names of the questionnaire's languages in this language, to say what a source wrote in.</summary>
    public required IReadOnlyDictionary<string, string> LanguageNames { get; init; }

    public required string AppTitle { get; init; }

    public required string ReaderLanguageLabel { get; init; }

    public required string LocalOnlyNotice { get; init; }

    public required string ListHeading { get; init; }

    public required string FilterHeading { get; init; }

    public required string FilterDay { get; init; }

    public required string FilterFrom { get; init; }

    public required string FilterTo { get; init; }

    public required string FilterAny { get; init; }

    public required string FilterApply { get; init; }

    public required string FilterClear { get; init; }

    public required Func<string, string> InvalidDay { get; init; }

    public required Func<int, int, string> ListCount { get; init; }

    public required string ListEmpty { get; init; }

    public required string NothingImported { get; init; }

    public required string Day { get; init; }

    public required string Testimony { get; init; }

    public required string SourceLanguage { get; init; }

    public required string Country { get; init; }

    public required string Sector { get; init; }

    public required string Status { get; init; }

    public required string Attachments { get; init; }

    public required string NewStatusName { get; init; }

    public required string InReviewStatusName { get; init; }

    public required string DoneStatusName { get; init; }

    public required Func<string, string> TestimonyHeading { get; init; }

    public required string BackToList { get; init; }

    public required string ChangeStatus { get; init; }

    public required string AnswersHeading { get; init; }

    public required string NoAnswers { get; init; }

    public required Func<string, string> WrittenBySource { get; init; }

    public required string NoAttachments { get; init; }

    public required string AttachmentNumber { get; init; }

    public required string FileName { get; init; }

    public required string DeclaredType { get; init; }

    public required string Size { get; init; }

    public required string AttachmentsHint { get; init; }

    public required string CopyCommand { get; init; }

    public required string NotesHeading { get; init; }

    public required string NoNotes { get; init; }

    public required string NewNote { get; init; }

    public required string AddNote { get; init; }

    public required string NoteEmpty { get; init; }

    public required Func<int, string> NoteTooLong { get; init; }

    public required string NotFoundHeading { get; init; }

    public required string NotFoundMessage { get; init; }

    public required string ForbiddenHeading { get; init; }

    public required string ForbiddenMessage { get; init; }

    public required string FormRefused { get; init; }

    public string StatusName(TestimonyStatus status) => status switch
    {
        TestimonyStatus.InReview => InReviewStatusName,
        TestimonyStatus.Done => DoneStatusName,
        _ => NewStatusName,
    };

    /// <summary>A language's name in this language, or its code when the questionnaire does not know it.</summary>
    public string NameOfLanguage(string code) => LanguageNames.TryGetValue(code, out var name) ? name : code;
}
