namespace Intake.Review.Import;

/// <summary>What an import did.</summary>
/// <param name="AlreadyImported">The same bundle was imported before; nothing changed.</param>
/// <param name="Testimonies">Testimonies added by this bundle.</param>
/// <param name="Attachments">Attachments added with them.</param>
/// <param name="AlreadyPresent">Testimonies the bundle repeats, identical to ones already imported from an earlier bundle.</param>
public sealed record ImportResult(
    Guid BundleId,
    string ServerKeyId,
    long Sequence,
    bool AlreadyImported,
    int Testimonies,
    int Attachments,
    int AlreadyPresent);
