namespace Intake.Questionnaires;

/// <summary>
/// One attachment as listed in the answers document, so reviewers can check each attachment
/// part against it: the name and type the browser declared, the plaintext size and SHA-256.
/// </summary>
public sealed record AttachmentManifestEntry(string FileName, string DeclaredType, long Size, string Sha256Hex);
