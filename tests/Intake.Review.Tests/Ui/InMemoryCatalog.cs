using Intake.Review.Workspace;

namespace Intake.Review.Tests.Ui;

/// <summary>
/// A catalog held in memory, for the HTTP-level tests of the UI only: the UI knows nothing of
/// storage, so these tests need none. Answers are "rendered" by prefixing the reader language
/// to choice labels, which lets a test see which language the page asked for.
/// </summary>
internal sealed class InMemoryCatalog : ITestimonyCatalog
{
    private readonly Lock _gate = new();
    private readonly List<TestimonySummary> _summaries = [];
    private readonly Dictionary<Guid, (IReadOnlyList<(string Title, IReadOnlyList<RenderedAnswer> Answers)> Sections, IReadOnlyList<AttachmentInfo> Attachments)> _content = [];
    private readonly Dictionary<Guid, List<ReviewNote>> _notes = [];

    public void Add(TestimonySummary summary, IReadOnlyList<(string Title, IReadOnlyList<RenderedAnswer> Answers)> sections, IReadOnlyList<AttachmentInfo> attachments)
    {
        lock (_gate)
        {
            _summaries.Add(summary);
            _content[summary.Id] = (sections, attachments);
            _notes[summary.Id] = [];
        }
    }

    public IReadOnlyList<TestimonySummary> List()
    {
        lock (_gate)
        {
            return [.. _summaries.OrderByDescending(summary => summary.Day).ThenBy(summary => summary.Id)];
        }
    }

    public TestimonyDetail? Find(Guid id, string readerLanguage)
    {
        lock (_gate)
        {
            if (Summary(id) is not { } summary)
            {
                return null;
            }
            var (sections, attachments) = _content[id];
            var rendered = sections.Select(section => new RenderedSection(
                $"[{readerLanguage}] {section.Title}",
                [.. section.Answers.Select(answer => answer.IsFreeText ? answer : answer with { Answer = $"[{readerLanguage}] {answer.Answer}" })])).ToList();
            return new TestimonyDetail(summary, readerLanguage, rendered, attachments);
        }
    }

    public IReadOnlyList<ReviewNote> Notes(Guid id)
    {
        lock (_gate)
        {
            return _notes.TryGetValue(id, out var notes) ? [.. notes] : [];
        }
    }

    public ReviewNote AddNote(Guid id, string text)
    {
        lock (_gate)
        {
            if (string.IsNullOrWhiteSpace(text) || !_notes.TryGetValue(id, out var notes))
            {
                throw new ArgumentException("No such testimony, or an empty note.", nameof(text));
            }
            var note = new ReviewNote(notes.Count + 1, new DateOnly(2025, 6, 1), text);
            notes.Add(note);
            return note;
        }
    }

    public void SetStatus(Guid id, TestimonyStatus status)
    {
        lock (_gate)
        {
            var index = _summaries.FindIndex(summary => summary.Id == id);
            if (index < 0)
            {
                throw new ArgumentException("No such testimony.", nameof(id));
            }
            _summaries[index] = _summaries[index] with { Status = status };
        }
    }

    private TestimonySummary? Summary(Guid id) => _summaries.FirstOrDefault(summary => summary.Id == id);
}
