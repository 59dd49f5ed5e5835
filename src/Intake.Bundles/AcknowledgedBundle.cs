namespace Intake.Bundles;

/// <summary>A bundle a reviewer imported whole, and the submissions it held.</summary>
public sealed record AcknowledgedBundle(string ServerKeyId, Guid BundleId, long Sequence, byte[] ManifestSha256, IReadOnlyList<Guid> Submissions);
