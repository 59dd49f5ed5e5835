namespace Intake.Review.Workspace;

/// <summary>
/// One line of the list: enough to filter by day, country, sector and status. Country and
/// sector are the questionnaire's answer values (ISO 3166 code, sector code) or null when
/// the source left them blank.
/// </summary>
public sealed record TestimonySummary(
    Guid Id,
    DateOnly Day,
    string SourceLanguage,
    string? Country,
    string? Sector,
    TestimonyStatus Status,
    int AttachmentCount);
