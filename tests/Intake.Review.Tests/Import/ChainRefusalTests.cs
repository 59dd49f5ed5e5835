using Intake.Review.Import;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Import;

/// <summary>Bundles out of their server's chain: replays, gaps and forks, refused with the expected number.</summary>
public sealed class ChainRefusalTests
{
    [Fact]
    public void The_same_bundle_id_with_another_manifest_is_a_replay()
    {
        using var test = new TestWorkspace();
        var submission = test.Submission();
        var original = test.Server.Manifest(1, null, [submission]);
        BundleImporter.Import(test.Workspace, test.Server.Write(original, [submission]), startChain: false);
        var restored = test.Submission();
        var replay = test.Server.Write(test.Server.Manifest(1, null, [restored]) with { BundleId = original.BundleId }, [restored]);

        var refused = RefusalAssert.Refused(test, replay, ImportRefusal.Replay);

        Assert.Contains("already imported, but this copy's signed manifest is different", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_bundle_with_an_imported_number_is_a_replay()
    {
        using var test = new TestWorkspace();
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(test.Submission()), startChain: false);

        var refused = RefusalAssert.Refused(test, test.Server.Bundle(1, null, test.Submission()), ImportRefusal.Replay);

        Assert.Contains("Bundle number 1 from server", refused.Message, StringComparison.Ordinal);
        Assert.Contains("restored from a backup", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_is_out_of_order_and_names_the_expected_number()
    {
        using var test = new TestWorkspace();
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(test.Submission()), startChain: false);
        test.Server.NextBundle(test.Submission());
        var third = test.Server.NextBundle(test.Submission());

        var refused = RefusalAssert.Refused(test, third, ImportRefusal.OutOfOrder);

        Assert.Contains("This is bundle number 3", refused.Message, StringComparison.Ordinal);
        Assert.Contains("the next one expected is number 2", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fork_is_out_of_order()
    {
        using var test = new TestWorkspace();
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(test.Submission()), startChain: false);

        var refused = RefusalAssert.Refused(test, test.Server.Bundle(2, Guid.NewGuid(), test.Submission()), ImportRefusal.OutOfOrder);

        Assert.Contains("chain forked", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_bundle_that_is_not_number_1_needs_start_chain()
    {
        using var test = new TestWorkspace();
        for (var skipped = 1; skipped <= 3; skipped++)
        {
            test.Server.NextBundle(test.Submission());
        }
        var fourth = test.Server.NextBundle(test.Submission());
        var fifth = test.Server.NextBundle(test.Submission());
        var third = test.Server.Bundle(3, Guid.NewGuid(), test.Submission());

        var refused = RefusalAssert.Refused(test, fourth, ImportRefusal.OutOfOrder);
        BundleImporter.Import(test.Workspace, fourth, startChain: true);
        BundleImporter.Import(test.Workspace, fifth, startChain: false);

        Assert.Contains("expected number 1", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--start-chain", refused.Message, StringComparison.Ordinal);
        Assert.Equal([4L, 5L], test.Workspace.Bundles.Acknowledge().Bundles.Select(b => b.Sequence));
        RefusalAssert.Refused(test, third, ImportRefusal.OutOfOrder, startChain: true);
    }
}
