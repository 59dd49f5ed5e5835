namespace Intake.Review.Workspace;

/// <summary>Where a testimony is in the reviewers' work; set by reviewers, never derived from content.</summary>
public enum TestimonyStatus
{
    New,
    InReview,
    Done,
}
