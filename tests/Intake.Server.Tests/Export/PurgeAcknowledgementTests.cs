using System.Globalization;
using System.Runtime.Versioning;
using Intake.Server.Submissions;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Export;

/// <summary>
/// `intake purge --ack FILE` removes exactly the testimonies the reviewers confirmed importing,
/// and afterwards not a byte of their ciphertext is left in the database file or its log.
/// </summary>
[Collection(ExportedServerTests.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class PurgeAcknowledgementTests(ExportedServer server)
{
    [Fact]
    public void An_acknowledgement_of_bundle_1_purges_exactly_its_testimonies_and_prints_the_counts()
    {
        using var directory = new TempDirectory("purge");
        var data = server.CopyData(directory);
        var rows = new SubmissionRows(Path.Combine(data, "intake.db"));
        var before = rows.List();
        var ack = AcknowledgementFile.Write(directory, AcknowledgementFile.Of(server, server.First.Path));

        var result = IntakeCommand.Run("purge", "--data", data, "--ack", ack).EnsureSuccess();

        var parts = server.FirstBatch.Sum(t => 1 + t.Files.Count);
        var bytes = server.FirstBatch.Sum(t => Enumerable.Range(0, 1 + t.Files.Count).Sum(i => (long)server.Rows.Ciphertext(t.Id, i).Length));
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"Purged 3 testimonies ({parts} parts, {ByteSize.Format(bytes)} of ciphertext): rows deleted with secure delete, the database vacuumed and its log emptied.\n") +
            "Still stored: 1 exported and not yet purged, 1 waiting for the next export.\n",
            result.StdoutText);
        Assert.Equal(before.Where(row => row.Id == server.Later.Id || row.Id == server.Pending.Id), rows.List());
        // Their parts and chunks went with them (each kept part is one chunk).
        var keptParts = (1 + server.Later.Files.Count) + (1 + server.Pending.Files.Count);
        Assert.Equal(new RowCounts(2, keptParts, keptParts), new DatabaseInspector(Path.Combine(data, "intake.db")).Count());

        // The same acknowledgement again finds nothing left to purge.
        var again = IntakeCommand.Run("purge", "--data", data, "--ack", ack).EnsureSuccess();
        Assert.StartsWith("Nothing to purge", again.StdoutText, StringComparison.Ordinal);
        Assert.Equal(2, rows.List().Count);
    }

    [Fact]
    public void Once_bundle_1_is_purged_again_1_says_so_while_bundle_3_is_still_written_byte_for_byte()
    {
        using var directory = new TempDirectory("purge");
        var data = server.CopyData(directory);
        var output = directory.CreateSubdirectory("out");
        var ack = AcknowledgementFile.Write(directory, AcknowledgementFile.Of(server, server.First.Path));
        IntakeCommand.Run("purge", "--data", data, "--ack", ack).EnsureSuccess();

        var purged = IntakeCommand.Run("export", "--data", data, "--again", "1", "--out", Path.Combine(output, "one.bundle"));
        var kept = IntakeCommand.Run("export", "--data", data, "--again", "3", "--out", Path.Combine(output, "three.bundle")).EnsureSuccess();

        Assert.True(purged.ExitCode == 1, purged.ToString());
        Assert.Equal("intake: Bundle 1 was purged; its testimonies are no longer on this server.\n", purged.Stderr);
        Assert.Contains("Wrote bundle 3", kept.StdoutText, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(server.Third.Path), File.ReadAllBytes(Path.Combine(output, "three.bundle")));
        Assert.Equal(["three.bundle"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_purge_while_serve_runs_leaves_none_of_the_purged_ciphertext_in_the_database_or_its_log()
    {
        using var directory = new TempDirectory("purge");
        var data = server.CopyData(directory);
        var ack = AcknowledgementFile.Write(directory, AcknowledgementFile.Of(server, server.First.Path));
        var (purgedSlices, keptSlices) = SlicesFromBundles();
        string[] files = [Path.Combine(data, "intake.db"), Path.Combine(data, "intake.db-wal")];
        await using var running = await ServerProcess.StartAsync(data, new Dictionary<string, string?>());

        // The slices are findable at all: each purged part shows at least one before the purge.
        Assert.All(purgedSlices, part => Assert.Contains(part.Slices, slice => CiphertextSlices.FilesHolding(files, slice).Count > 0));

        IntakeCommand.Run("purge", "--data", data, "--ack", ack).EnsureSuccess();

        var left = purgedSlices
            .SelectMany(part => part.Slices.Select((slice, i) => (part.Name, i, Files: CiphertextSlices.FilesHolding(files, slice))))
            .Where(hit => hit.Files.Count > 0)
            .Select(hit => $"{hit.Name} slice {hit.i} in {string.Join(", ", hit.Files.Select(Path.GetFileName))}")
            .ToList();
        Assert.True(left.Count == 0, "purged ciphertext is still on disk:\n" + string.Join('\n', left));
        Assert.All(keptSlices, part => Assert.Contains(part.Slices, slice => CiphertextSlices.FilesHolding(files, slice).Count > 0));
        Assert.Equal(0, (await running.StopAsync()).ExitCode);
    }

    /// <summary>Slices of every part of bundle 1 (to be purged), and of bundle 3 (to be kept), read from the bundle files.</summary>
    private (List<(string Name, IReadOnlyList<byte[]> Slices)> Purged, List<(string Name, IReadOnlyList<byte[]> Slices)> Kept) SlicesFromBundles() =>
        (PartSlices(server.First.Path), PartSlices(server.Third.Path));

    private List<(string Name, IReadOnlyList<byte[]> Slices)> PartSlices(string bundlePath)
    {
        using var bundle = server.Open(bundlePath);
        var parts = new List<(string, IReadOnlyList<byte[]>)>();
        while (bundle.NextPart() is { } part)
        {
            using var bytes = new MemoryStream();
            part.Content.CopyTo(bytes);
            parts.Add(($"{part.Part.SubmissionId} part {part.Part.PartIndex}", CiphertextSlices.Of(bytes.ToArray())));
        }
        return parts;
    }
}
