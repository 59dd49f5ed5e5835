using Intake.Bundles;

namespace Intake.Server.Export;

/// <summary>What one export wrote, and how many testimonies still wait because the bundle was full.</summary>
public sealed record ExportSummary(string Path, BundleManifest Manifest, int StillPending)
{
    public int Submissions => Manifest.Submissions.Count();
}
