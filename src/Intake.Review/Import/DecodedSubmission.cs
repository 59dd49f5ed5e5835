using Intake.Questionnaires;

namespace Intake.Review.Import;

/// <summary>
/// A submission's answers part, decrypted, checked and already sealed under the workspace key:
/// ready to insert. Only the attachments' manifest stays in the clear, in memory, to check the
/// attachment parts that follow.
/// </summary>
internal sealed record DecodedSubmission(
    Guid Id,
    DateOnly Day,
    byte[] SealedAnswers,
    byte[] SealedLanguage,
    byte[] SealedCountry,
    byte[] SealedSector,
    IReadOnlyList<AttachmentManifestEntry> Attachments);
