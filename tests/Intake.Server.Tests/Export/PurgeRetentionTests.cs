using System.Runtime.Versioning;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Export;

/// <summary>
/// `intake purge --older-than DAYS` removes exported testimonies past a retention age. A
/// testimony not yet exported is never purged, whatever its age: the reviewers have not got it.
/// </summary>
[Collection(ExportedServerTests.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class PurgeRetentionTests(ExportedServer server)
{
    [Fact]
    public void Older_than_0_purges_every_exported_testimony_and_never_a_pending_one()
    {
        using var directory = new TempDirectory("purge-age");
        var data = server.CopyData(directory);
        var rows = new SubmissionRows(Path.Combine(data, "intake.db"));

        var result = IntakeCommand.Run("purge", "--data", data, "--older-than", "0").EnsureSuccess();

        Assert.StartsWith("Purged 4 testimonies (", result.StdoutText, StringComparison.Ordinal);
        Assert.EndsWith("Still stored: 0 exported and not yet purged, 1 waiting for the next export.\n", result.StdoutText, StringComparison.Ordinal);
        Assert.Equal([new SubmissionRow(server.Pending.Id, "pending", null)], rows.List());
        Assert.Equal(server.Rows.Ciphertext(server.Pending.Id, 1), rows.Ciphertext(server.Pending.Id, 1));
        // The chain survives the purge: ids, sequences and hashes stay, the manifests go.
        Assert.Equal([(1L, false), (2L, false), (3L, false)], rows.Bundles());
    }

    [Fact]
    public void After_a_full_purge_again_says_the_bundle_was_purged_and_writes_nothing()
    {
        using var directory = new TempDirectory("purge-age");
        var data = server.CopyData(directory);
        var output = directory.CreateSubdirectory("out");
        IntakeCommand.Run("purge", "--data", data, "--older-than", "0").EnsureSuccess();

        var again = IntakeCommand.Run("export", "--data", data, "--again", "1", "--out", Path.Combine(output, "one.bundle"));

        Assert.True(again.ExitCode == 1, again.ToString());
        Assert.Equal("intake: Bundle 1 was purged; its testimonies are no longer on this server.\n", again.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(output));

        // The pending testimony goes out in bundle 4, which still names bundle 3 before it.
        var next = ExportRun.To(Path.Combine(output, "four.bundle"), data);
        using var third = server.Open(server.Third.Path);
        using var fourth = server.Open(next.Path);
        Assert.Equal(4, fourth.Manifest.Sequence);
        Assert.Equal(third.Manifest.BundleId, fourth.Manifest.PreviousBundleId);
        Assert.Equal([server.Pending.Id], fourth.Manifest.Submissions);
    }

    [Fact]
    public void Older_than_2_purges_nothing_received_today()
    {
        using var directory = new TempDirectory("purge-age");
        var data = server.CopyData(directory);

        var result = IntakeCommand.Run("purge", "--data", data, "--older-than", "2").EnsureSuccess();

        Assert.StartsWith("Nothing to purge", result.StdoutText, StringComparison.Ordinal);
        Assert.Equal(server.Rows.List(), new SubmissionRows(Path.Combine(data, "intake.db")).List());
    }

    [Fact]
    public void A_bundle_partly_purged_cannot_be_written_again_and_again_says_why_leaving_no_partial_file()
    {
        using var directory = new TempDirectory("purge-part");
        var data = server.CopyData(directory);
        var output = directory.CreateSubdirectory("out");
        var first = AcknowledgementFile.Of(server, server.First.Path);
        // An acknowledgement for one testimony of bundle 1 (as when some were acknowledged, or
        // an age rule reached only the older ones): the bundle is no longer whole on the server.
        var ack = AcknowledgementFile.Write(directory, first with { Submissions = [first.Submissions[0]] });
        var purged = IntakeCommand.Run("purge", "--data", data, "--ack", ack).EnsureSuccess();
        Assert.StartsWith("Purged 1 testimonies (", purged.StdoutText, StringComparison.Ordinal);

        var again = IntakeCommand.Run("export", "--data", data, "--again", "1", "--out", Path.Combine(output, "one.bundle"));

        Assert.True(again.ExitCode == 1, again.ToString());
        Assert.Empty(Directory.GetFileSystemEntries(output));
        Assert.Contains("Bundle 1", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("purged", again.Stderr, StringComparison.Ordinal);
    }
}
