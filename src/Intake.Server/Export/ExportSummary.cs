using Intake.Bundles;

namespace Intake.Server.Export;

/// <summary>What one export wrote.</summary>
public sealed record ExportSummary(string Path, BundleManifest Manifest)
{
    public int Submissions => Manifest.Submissions.Count();
}
