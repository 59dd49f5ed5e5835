using Intake.Review.Import;

namespace Intake.Review.Tests.Support;

/// <summary>Imports a bundle that must be refused, and checks that the workspace files did not change by one byte.</summary>
internal static class RefusalAssert
{
    public static ImportRefusedException Refused(TestWorkspace test, string bundle, ImportRefusal reason, bool startChain = false)
    {
        var before = test.Fingerprint();
        var bundlesBefore = test.Workspace.Bundles.Acknowledge().Bundles.Count;

        var refused = Assert.Throws<ImportRefusedException>(() => BundleImporter.Import(test.Workspace, bundle, startChain));

        Assert.Equal(reason, refused.Reason);
        Assert.Contains("Nothing was imported", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, test.Fingerprint());
        Assert.Equal(bundlesBefore, test.Workspace.Bundles.Acknowledge().Bundles.Count);
        return refused;
    }
}
