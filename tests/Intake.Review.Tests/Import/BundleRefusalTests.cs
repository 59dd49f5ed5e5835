using Intake.Bundles;
using Intake.Review.Import;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Import;

/// <summary>Bundles that are not what the trusted server signed: each refused, the workspace untouched.</summary>
public sealed class BundleRefusalTests
{
    [Fact]
    public void A_changed_signature_is_refused()
    {
        using var test = new TestWorkspace();
        var bundle = test.Server.NextBundle(test.Submission());
        BundleBytes.FlipBit(bundle, BundleBytes.SignatureOffset(File.ReadAllBytes(bundle)) + 10);

        var refused = RefusalAssert.Refused(test, bundle, ImportRefusal.InvalidBundle);

        Assert.Equal(BundleProblem.BadSignature, Assert.IsType<BundleException>(refused.InnerException).Problem);
        Assert.Contains("ask the operator to export again", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_from_an_untrusted_server_is_refused_with_how_to_pin_the_key()
    {
        using var test = new TestWorkspace();
        using var other = new TestServer(Path.GetDirectoryName(test.PathFor("x"))!);
        var bundle = other.NextBundle(test.Submission());

        var refused = RefusalAssert.Refused(test, bundle, ImportRefusal.InvalidBundle);

        Assert.Equal(BundleProblem.UnknownServerKey, Assert.IsType<BundleException>(refused.InnerException).Problem);
        Assert.Contains("review trust-server", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_byte_in_a_part_is_refused()
    {
        using var test = new TestWorkspace();
        var bundle = test.Server.NextBundle(test.Submission(), test.Submission());
        BundleBytes.FlipBit(bundle, BundleBytes.FirstPartOffset(File.ReadAllBytes(bundle)) + 300);

        var refused = RefusalAssert.Refused(test, bundle, ImportRefusal.InvalidBundle);

        Assert.Equal(BundleProblem.PartHashMismatch, Assert.IsType<BundleException>(refused.InnerException).Problem);
    }

    [Fact]
    public void A_missing_part_is_refused()
    {
        using var test = new TestWorkspace();
        var last = test.Submission();
        var bundle = test.Server.NextBundle(test.Submission(), last);
        var bytes = File.ReadAllBytes(bundle);
        File.WriteAllBytes(bundle, bytes[..^last.Parts[0].Length]);

        var refused = RefusalAssert.Refused(test, bundle, ImportRefusal.InvalidBundle);

        Assert.Equal(BundleProblem.Truncated, Assert.IsType<BundleException>(refused.InnerException).Problem);
    }

    [Fact]
    public void An_extra_part_after_the_last_is_refused()
    {
        using var test = new TestWorkspace();
        var extra = test.Submission();
        var bundle = test.Server.NextBundle(test.Submission());
        File.WriteAllBytes(bundle, [.. File.ReadAllBytes(bundle), .. extra.Parts[0]]);

        var refused = RefusalAssert.Refused(test, bundle, ImportRefusal.InvalidBundle);

        Assert.Equal(BundleProblem.TrailingData, Assert.IsType<BundleException>(refused.InnerException).Problem);
    }

    [Fact]
    public void A_file_that_is_not_a_bundle_is_refused()
    {
        using var test = new TestWorkspace();
        var bundle = test.PathFor("notes.txt");
        File.WriteAllText(bundle, "just some notes");

        var refused = RefusalAssert.Refused(test, bundle, ImportRefusal.InvalidBundle);

        Assert.Equal(BundleProblem.NotABundle, Assert.IsType<BundleException>(refused.InnerException).Problem);
    }
}
