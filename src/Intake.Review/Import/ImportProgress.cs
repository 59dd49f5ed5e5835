namespace Intake.Review.Import;

/// <summary>Bytes of the bundle's parts handled so far, in each of the two passes (each counts up to the parts' total size).</summary>
public sealed record ImportProgress(IProgress<long>? Verified, IProgress<long>? Imported)
{
    public static ImportProgress None { get; } = new(null, null);
}
