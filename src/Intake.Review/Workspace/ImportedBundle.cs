namespace Intake.Review.Workspace;

/// <summary>A bundle already imported into the workspace: its place in its server's chain and its manifest's hash.</summary>
public sealed record ImportedBundle(Guid BundleId, string ServerKeyId, long Sequence, Guid? PreviousBundleId, byte[] ManifestSha256, DateOnly CreatedDay);
