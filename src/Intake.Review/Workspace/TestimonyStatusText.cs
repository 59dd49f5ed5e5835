namespace Intake.Review.Workspace;

/// <summary>How <see cref="TestimonyStatus"/> is written in the workspace's status column.</summary>
internal static class TestimonyStatusText
{
    public static string ToText(TestimonyStatus status) => status switch
    {
        TestimonyStatus.New => "new",
        TestimonyStatus.InReview => "in_review",
        TestimonyStatus.Done => "done",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not a testimony status"),
    };

    public static TestimonyStatus Parse(string text) => text switch
    {
        "new" => TestimonyStatus.New,
        "in_review" => TestimonyStatus.InReview,
        "done" => TestimonyStatus.Done,
        _ => throw new WorkspaceException($"A testimony has the unknown status \"{text}\": the workspace was damaged. Restore it from a backup."),
    };
}
