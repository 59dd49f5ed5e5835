namespace Intake.Bundles;

/// <summary>One part as it is read from a bundle: its manifest entry and a stream of exactly its bytes.</summary>
public sealed record BundlePartReader(BundlePart Part, Stream Content);
