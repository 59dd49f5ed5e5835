namespace Intake.Review.Workspace;

/// <summary>
/// What the reviewer reads and writes about imported testimonies, decrypted in memory from
/// an unlocked workspace. The command line (list, show) and the local web UI both go
/// through it, so they cannot disagree about what a testimony says.
/// </summary>
public interface ITestimonyCatalog
{
    /// <summary>Every imported testimony, newest day first, then by id.</summary>
    IReadOnlyList<TestimonySummary> List();

    /// <summary>One testimony with its answers rendered for <paramref name="readerLanguage"/>; null when no testimony has that id.</summary>
    TestimonyDetail? Find(Guid id, string readerLanguage);

    /// <summary>The notes kept on a testimony, oldest first.</summary>
    IReadOnlyList<ReviewNote> Notes(Guid id);

    /// <exception cref="ArgumentException">The text is empty or there is no testimony with that id.</exception>
    ReviewNote AddNote(Guid id, string text);

    /// <exception cref="ArgumentException">There is no testimony with that id.</exception>
    void SetStatus(Guid id, TestimonyStatus status);
}
