namespace Intake.Bundles;

/// <summary>
/// What a bundle holds, signed by the server. Bundles from one server form a chain: each
/// names the one before it and counts up by one, so a reviewer notices a missing, repeated
/// or reordered bundle.
/// </summary>
public sealed record BundleManifest
{
    public required Guid BundleId { get; init; }

    public required long Sequence { get; init; }

    public required Guid? PreviousBundleId { get; init; }

    public required string ServerKeyId { get; init; }

    public required DateOnly CreatedDay { get; init; }

    /// <summary>Sorted by submission id then part index; each submission's parts run 0..n-1.</summary>
    public required IReadOnlyList<BundlePart> Parts { get; init; }

    public IEnumerable<Guid> Submissions => Parts.Where(part => part.PartIndex == 0).Select(part => part.SubmissionId);

    public long TotalBytes => Parts.Sum(part => part.Size);
}
