namespace Intake.Review.Ui.Text;

/// <summary>The review UI in English.</summary>
internal static class EnglishUiText
{
    public static UiText Text { get; } = new()
    {
        Code = "en",
        LanguageName = "English",
        LanguageNames = new Dictionary<string, string> { ["es"] = "Spanish", ["en"] = "English", ["pt"] = "Portuguese" },
        AppTitle = "Testimony review",
        ReaderLanguageLabel = "Reading language",
        LocalOnlyNotice = "This page is served by the review tool on this computer only. Stop it with Ctrl+C when you are done.",

        ListHeading = "Testimonies",
        FilterHeading = "Filter",
        FilterDay = "Exact day",
        FilterFrom = "From day",
        FilterTo = "To day",
        FilterAny = "Any",
        FilterApply = "Apply filters",
        FilterClear = "Clear filters",
        InvalidDay = value => $"“{value}” is not a day (YYYY-MM-DD); that filter was left out.",
        ListCount = (shown, total) => $"Showing {shown} of {total} testimonies.",
        ListEmpty = "No testimony matches these filters.",
        NothingImported = "No testimonies in this workspace yet: import a bundle with `review import BUNDLE`.",

        Day = "Day received",
        Testimony = "Testimony",
        SourceLanguage = "Source’s language",
        Country = "Country",
        Sector = "Sector",
        Status = "Status",
        Attachments = "Attachments",
        NewStatusName = "New",
        InReviewStatusName = "In review",
        DoneStatusName = "Done",

        TestimonyHeading = id => $"Testimony {id}",
        BackToList = "All testimonies",
        ChangeStatus = "Change status",
        AnswersHeading = "Answers",
        NoAnswers = "The source answered no question.",
        WrittenBySource = language => $"As the source wrote it, in {language}",
        NoAttachments = "No attachments.",
        AttachmentNumber = "No.",
        FileName = "File name",
        DeclaredType = "Declared type",
        Size = "Size",
        AttachmentsHint = "Attachments are never opened here. To copy one out of the workspace (with its metadata removed), run the command shown for it in a terminal, with a path of your choice.",
        CopyCommand = "To copy it out",

        NotesHeading = "Notes",
        NoNotes = "No notes yet.",
        NewNote = "New note",
        AddNote = "Add note",
        NoteEmpty = "Write the note before adding it.",
        NoteTooLong = limit => $"A note can have at most {limit} characters.",

        NotFoundHeading = "Not found",
        NotFoundMessage = "There is no such page or testimony in this workspace.",
        ForbiddenHeading = "Access refused",
        ForbiddenMessage = "Open the review UI with the link printed by `review ui` in the terminal. Each link works once; to get a new one, stop `review ui` and start it again.",
        FormRefused = "This form did not come from this review session. Go back, reload the page and try again.",
    };
}
