namespace Intake.Review.Attachments;

/// <summary>What <see cref="AttachmentExporter"/> wrote, and what the reviewer should know about it.</summary>
/// <param name="Cleaned">mat2 removed the metadata from the copy.</param>
/// <param name="Unsupported">mat2 was asked but cannot clean this type: the copy keeps its metadata.</param>
/// <param name="IdentifyingFields">Fields of the original that can tell who or where (GPS, author, creator…).</param>
internal sealed record ExportedAttachment(string Path, long Size, bool Cleaned, bool Unsupported, IReadOnlyList<string> IdentifyingFields);
