namespace Intake.Review.Ui.Pages;

/// <summary>The names of the POST forms' fields, shared by the pages that write them and the endpoints that read them.</summary>
internal static class UiForms
{
    public const string FormTokenField = "form_token";
    public const string NoteField = "note";
    public const string StatusField = "status";

    /// <summary>A note is a reviewer's remark, not a copy of the testimony; the cap keeps one request small.</summary>
    public const int MaxNoteLength = 20_000;
}
