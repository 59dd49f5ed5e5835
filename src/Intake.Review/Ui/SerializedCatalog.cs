using Intake.Review.Workspace;

namespace Intake.Review.Ui;

/// <summary>
/// The catalog behind one lock. Kestrel serves requests concurrently, while a catalog (one
/// workspace connection, one unlocked key) is written for one caller at a time; a single
/// reviewer's clicks lose nothing by waiting for each other.
/// </summary>
internal sealed class SerializedCatalog(ITestimonyCatalog inner) : ITestimonyCatalog
{
    private readonly Lock _gate = new();

    public IReadOnlyList<TestimonySummary> List()
    {
        lock (_gate)
        {
            return inner.List();
        }
    }

    public TestimonyDetail? Find(Guid id, string readerLanguage)
    {
        lock (_gate)
        {
            return inner.Find(id, readerLanguage);
        }
    }

    public IReadOnlyList<ReviewNote> Notes(Guid id)
    {
        lock (_gate)
        {
            return inner.Notes(id);
        }
    }

    public ReviewNote AddNote(Guid id, string text)
    {
        lock (_gate)
        {
            return inner.AddNote(id, text);
        }
    }

    public void SetStatus(Guid id, TestimonyStatus status)
    {
        lock (_gate)
        {
            inner.SetStatus(id, status);
        }
    }
}
