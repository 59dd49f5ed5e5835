namespace Intake.Review.Workspace;

/// <summary>The addresses of a testimony's sealed values, shared by the importer (which seals) and the catalog (which opens).</summary>
internal static class TestimonyFields
{
    public static FieldAddress Answers(Guid id) => new("testimonies", "answers", Row(id));

    public static FieldAddress Language(Guid id) => new("testimonies", "language", Row(id));

    public static FieldAddress Country(Guid id) => new("testimonies", "country", Row(id));

    public static FieldAddress Sector(Guid id) => new("testimonies", "sector", Row(id));

    public static FieldAddress AttachmentName(Guid id, int partIndex) => new("parts", "name", $"{Row(id)}/{partIndex}");

    public static FieldAddress AttachmentType(Guid id, int partIndex) => new("parts", "type", $"{Row(id)}/{partIndex}");

    // A note is bound to its testimony too, so it cannot be moved to another one.
    public static FieldAddress NoteText(long noteId, Guid testimonyId) => new("notes", "text", $"{noteId}/{Row(testimonyId)}");

    /// <summary>The text form of an id in the workspace's id columns.</summary>
    public static string Row(Guid id) => id.ToString("D");
}
