namespace Intake.Server.Localization;

/// <summary>
/// Every sentence the source-facing pages show, in one language. A record with required
/// members, so a translation that misses a sentence does not compile.
/// Paragraph and list members are plain text (HTML-encoded when rendered), one entry each.
/// </summary>
public sealed record SiteText
{
    public required string Code { get; init; }

    public required string LanguageName { get; init; }

    public required string SiteTitle { get; init; }

    public required string SkipToContent { get; init; }

    public required string LanguageSwitchLabel { get; init; }

    public required string LandingHeading { get; init; }

    public required IReadOnlyList<string> LandingIntro { get; init; }

    public required string WhatHappensHeading { get; init; }

    public required IReadOnlyList<string> WhatHappensItems { get; init; }

    public required string WhoReadsHeading { get; init; }

    public required IReadOnlyList<string> WhoReadsParagraphs { get; init; }

    public required string StaySafeHeading { get; init; }

    public required IReadOnlyList<string> StaySafeItems { get; init; }

    public required string StartButton { get; init; }

    public required string FormHeading { get; init; }

    public required IReadOnlyList<string> FormIntro { get; init; }

    public required string RequiredMarker { get; init; }

    public required string AttachmentsLabel { get; init; }

    /// <summary>Help under the file input; {0} is the maximum total size, already formatted (for example "2 GB").</summary>
    public required string AttachmentsHelp { get; init; }

    public required string SubmitButton { get; init; }

    public required string ErrorSummaryHeading { get; init; }

    /// <summary>Shown with the form when it comes back with errors: files must be chosen again.</summary>
    public required string FilesNotKept { get; init; }

    public required string ConfirmationHeading { get; init; }

    public required IReadOnlyList<string> ConfirmationParagraphs { get; init; }

    public required string ErrorHeading { get; init; }

    /// <summary>413: {0} is the maximum total size, formatted.</summary>
    public required string ErrorTooLarge { get; init; }

    /// <summary>413: {0} is the maximum number of files.</summary>
    public required string ErrorTooManyFiles { get; init; }

    public required string ErrorBusy { get; init; }

    public required string ErrorUnavailable { get; init; }

    public required string ErrorDiskFull { get; init; }

    public required string ErrorBadRequest { get; init; }

    public required string ErrorNotFound { get; init; }

    /// <summary>403: a tor2web gateway, or an expired or missing form token.</summary>
    public required string ErrorForbidden { get; init; }

    public required string ErrorServer { get; init; }

    public required string BackToStart { get; init; }

    public required string ValidationRequired { get; init; }

    /// <summary>{0} is the maximum number of characters.</summary>
    public required string ValidationTooLong { get; init; }

    public required string ValidationNotANumber { get; init; }

    /// <summary>{0} and {1} are the smallest and largest accepted values.</summary>
    public required string ValidationOutOfRange { get; init; }

    public required string ValidationInvalidChoice { get; init; }
}
