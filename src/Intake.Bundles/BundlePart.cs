namespace Intake.Bundles;

/// <summary>One age file in a bundle: part <see cref="PartIndex"/> of a submission received on <see cref="Day"/>.</summary>
public sealed record BundlePart(Guid SubmissionId, int PartIndex, DateOnly Day, long Size, byte[] Sha256)
{
    public string Sha256Hex => Convert.ToHexStringLower(Sha256);
}
