using System.Runtime.Versioning;
using Intake.Server.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Intake.Server.Tests.Export;

/// <summary>
/// An export that fails after its bundle is written (here: the database refuses to record it)
/// leaves no half file behind and marks nothing exported, so the next export carries it all.
/// </summary>
[Collection(ExportedServerTests.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class ExportFailureTests(ExportedServer server)
{
    [Fact]
    public void A_bundle_that_cannot_be_recorded_leaves_no_partial_file_and_the_next_export_still_carries_its_testimonies()
    {
        using var directory = new TempDirectory("export-failure");
        var data = server.CopyData(directory);
        var output = directory.CreateSubdirectory("out");
        var database = Path.Combine(data, "intake.db");
        // The fault is injected where a concurrent export or a full disk would strike: after the
        // whole bundle is written to its temporary file, when the bundle is recorded.
        Execute(database, "CREATE TRIGGER refuse_bundles BEFORE INSERT ON export_bundles BEGIN SELECT RAISE(ABORT, 'injected failure'); END");

        var failed = IntakeCommand.Run("export", "--data", data, "--out", Path.Combine(output, "bundle-4.bundle"));

        Assert.True(failed.ExitCode != 0, failed.ToString());
        Assert.Contains("injected failure", failed.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(output));
        var rows = new SubmissionRows(database);
        Assert.Equal("pending", rows.List().Single(row => row.Id == server.Pending.Id).ExportState);
        Assert.Equal(3, rows.Bundles().Count);

        Execute(database, "DROP TRIGGER refuse_bundles");
        var next = ExportRun.To(Path.Combine(output, "bundle-4.bundle"), data);
        using var bundle = server.Open(next.Path);
        bundle.VerifyParts();
        Assert.Equal(4, bundle.Manifest.Sequence);
        Assert.Equal([server.Pending.Id], bundle.Manifest.Submissions);
        Assert.Equal(["bundle-4.bundle"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failure_exits_1_with_one_line_that_says_what_went_wrong()
    {
        using var directory = new TempDirectory("export-failure");
        var data = server.CopyData(directory);
        Execute(Path.Combine(data, "intake.db"), "CREATE TRIGGER refuse_bundles BEFORE INSERT ON export_bundles BEGIN SELECT RAISE(ABORT, 'injected failure'); END");

        var failed = IntakeCommand.Run("export", "--data", data, "--out", directory.File("bundle-4.bundle"));

        // A database error (a lock held past the busy timeout, a full disk) is an operator's
        // problem to fix, not a crash with a stack trace.
        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.StartsWith("intake: ", failed.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", failed.Stderr.TrimEnd('\n'), StringComparison.Ordinal);
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
