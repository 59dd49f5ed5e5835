namespace Intake.Storage;

/// <summary>
/// An export bundle as the server recorded it. <see cref="Manifest"/> and <see cref="Signature"/>
/// are null once every submission it carried has been purged.
/// </summary>
public sealed record RecordedBundle(Guid Id, long Sequence, DateOnly CreatedDay, byte[] ManifestSha256, byte[]? Manifest, byte[]? Signature);
