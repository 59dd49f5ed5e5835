using System.Runtime.Versioning;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Export;

/// <summary>
/// `intake export` writes a chain of signed bundles: each holds what was not exported before,
/// names the one before it, and counts up by one, even when there is nothing new.
/// </summary>
[Collection(ExportedServerTests.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class ExportChainTests(ExportedServer server)
{
    [Fact]
    public void The_first_bundle_is_sequence_1_with_no_previous_and_holds_every_pending_testimony()
    {
        using var bundle = server.Open(server.First.Path);

        Assert.Equal(1, bundle.Manifest.Sequence);
        Assert.Null(bundle.Manifest.PreviousBundleId);
        Assert.Equal(server.ShownKey.KeyId, bundle.Manifest.ServerKeyId);
        Assert.Equal(IdOrder(server.FirstBatch.Select(t => t.Id)), bundle.Manifest.Submissions);
        Assert.Equal(server.FirstBatch.Sum(t => 1 + t.Files.Count), bundle.Manifest.Parts.Count);
        Assert.StartsWith(
            $"Wrote bundle 1 to {server.First.Path}: 3 testimonies, {bundle.Manifest.Parts.Count} parts, ",
            server.First.Result.StdoutText,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_with_nothing_new_writes_an_empty_bundle_that_continues_the_chain()
    {
        using var first = server.Open(server.First.Path);
        using var empty = server.Open(server.Empty.Path);

        empty.VerifyParts();
        Assert.Equal(2, empty.Manifest.Sequence);
        Assert.Equal(first.Manifest.BundleId, empty.Manifest.PreviousBundleId);
        Assert.Empty(empty.Manifest.Parts);
        Assert.NotEqual(first.Manifest.BundleId, empty.Manifest.BundleId);
        Assert.StartsWith($"Wrote bundle 2 to {server.Empty.Path}: nothing new since the last bundle.", server.Empty.Result.StdoutText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_testimony_received_after_an_export_is_only_in_the_next_bundle()
    {
        using var first = server.Open(server.First.Path);
        using var empty = server.Open(server.Empty.Path);
        using var third = server.Open(server.Third.Path);

        Assert.Equal(3, third.Manifest.Sequence);
        Assert.Equal(empty.Manifest.BundleId, third.Manifest.PreviousBundleId);
        Assert.Equal([server.Later.Id], third.Manifest.Submissions);
        Assert.DoesNotContain(server.Later.Id, first.Manifest.Submissions);

        // The database agrees: each exported row names its bundle; the fifth waits for bundle 4.
        var rows = server.Rows.List().ToDictionary(row => row.Id);
        Assert.All(server.FirstBatch, t => Assert.Equal(new SubmissionRow(t.Id, "exported", first.Manifest.BundleId), rows[t.Id]));
        Assert.Equal(new SubmissionRow(server.Later.Id, "exported", third.Manifest.BundleId), rows[server.Later.Id]);
        Assert.Equal(new SubmissionRow(server.Pending.Id, "pending", null), rows[server.Pending.Id]);
        Assert.Equal([(1L, true), (2L, true), (3L, true)], server.Rows.Bundles());
    }

    [Fact]
    public void An_existing_out_file_is_refused_left_as_it_was_and_nothing_is_marked_exported()
    {
        Assert.True(server.Refused.ExitCode == 1, server.Refused.ToString());
        Assert.Equal($"intake: {server.Taken} exists already; choose another --out file (an export never overwrites a bundle).\n", server.Refused.Stderr);
        Assert.Equal(ExportedServer.TakenContents, File.ReadAllBytes(server.Taken));
        Assert.All(server.RowsAfterRefusal, row => Assert.Equal("pending", row.ExportState));
        Assert.Equal(3, server.RowsAfterRefusal.Count);
        Assert.Empty(server.BundlesAfterRefusal);

        // The refused export took nothing away from the next one.
        using var first = server.Open(server.First.Path);
        Assert.Equal(1, first.Manifest.Sequence);
        Assert.Equal(IdOrder(server.FirstBatch.Select(t => t.Id)), first.Manifest.Submissions);
    }

    [Fact]
    public void Bundles_are_readable_by_their_owner_only_and_no_partial_file_is_left_beside_them()
    {
        string[] bundles = [server.First.Path, server.Empty.Path, server.Third.Path, server.FirstAgain.Path];

        Assert.Equal(
            [.. bundles.Append(server.Taken).Select(Path.GetFileName).Order(StringComparer.Ordinal)],
            Directory.GetFiles(server.Out, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(bundles, bundle => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(bundle)));
    }

    [Fact]
    public void Again_1_writes_bundle_1_once_more_byte_for_byte()
    {
        Assert.Equal(File.ReadAllBytes(server.First.Path), File.ReadAllBytes(server.FirstAgain.Path));
        Assert.StartsWith($"Wrote bundle 1 to {server.FirstAgain.Path}: 3 testimonies", server.FirstAgain.Result.StdoutText, StringComparison.Ordinal);

        // Writing it again is not an export: no bundle 4, and the fifth testimony still waits.
        Assert.Equal(3, server.Rows.Bundles().Count);
        Assert.Equal("pending", server.Rows.List().Single(row => row.Id == server.Pending.Id).ExportState);
    }

    [Fact]
    public void Serve_made_the_private_export_key_at_start_and_every_bundle_is_signed_with_it()
    {
        Assert.NotNull(server.KeyAtStart);
        Assert.Equal(32, server.KeyAtStart.Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, server.KeyModeAtStart);
        Assert.Equal(server.KeyAtStart, File.ReadAllBytes(Path.Combine(server.Data, "export-signing.key")));
        using var key = Intake.Bundles.ExportSigningKey.FromSeed(server.KeyAtStart);
        Assert.Equal(key.PublicKey, server.ShownKey);
        foreach (var path in new[] { server.First.Path, server.Empty.Path, server.Third.Path })
        {
            using var bundle = server.Open(path);
            Assert.Equal(key.PublicKey, bundle.ServerKey);
        }
    }

    /// <summary>The manifest's order: submissions by id as text, which is also their stored byte order.</summary>
    private static List<Guid> IdOrder(IEnumerable<Guid> ids) => [.. ids.OrderBy(id => id.ToString("D"), StringComparer.Ordinal)];
}
