using System.Runtime.Versioning;
using Dapper;
using Intake.Review.Tests.Support;
using Intake.Review.Workspace;
using Intake.Review.Workspace.Migrations;
using Microsoft.Data.Sqlite;

namespace Intake.Review.Tests.Workspace;

public sealed class WorkspaceUnlockTests
{
    [Fact]
    public void A_created_workspace_opens_with_its_passphrase_and_the_same_key()
    {
        using var test = new TestWorkspace();
        var catalog = test.Workspace.Catalog;
        using var reopened = ReviewWorkspace.Open(test.Directory, TestWorkspace.Passphrase);

        Assert.Equal(test.Workspace.Key.Bytes.ToArray(), reopened.Key.Bytes.ToArray());
        Assert.Empty(catalog.List());
        Assert.Single(reopened.Identities.List());
    }

    [Fact]
    public void A_wrong_passphrase_is_refused_and_changes_nothing()
    {
        using var test = new TestWorkspace();
        var before = test.Fingerprint();

        var refused = Assert.Throws<WorkspaceException>(() => ReviewWorkspace.Open(test.Directory, "Correct horse battery staple"));

        Assert.StartsWith("Wrong passphrase for the workspace", refused.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, test.Fingerprint());
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void The_database_is_private_in_wal_mode_at_the_latest_schema_and_holds_no_plain_key()
    {
        using var test = new TestWorkspace();
        var path = Path.Combine(test.Directory, "workspace.db");
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();

        Assert.Equal("wal", connection.ExecuteScalar<string>("PRAGMA journal_mode"));
        Assert.Equal(WorkspaceMigrator.LatestVersion, connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(test.Directory));
        var databaseBytes = File.ReadAllBytes(path);
        Assert.Equal(-1, databaseBytes.AsSpan().IndexOf(test.Workspace.Key.Bytes));
    }

    [Fact]
    public void Creating_over_a_workspace_or_a_non_empty_directory_or_with_a_short_passphrase_is_refused()
    {
        using var test = new TestWorkspace();
        var before = test.Fingerprint();
        using var temp = new TempDirectory("review-create");
        temp.WriteText("something.txt", "keep me");

        var again = Assert.Throws<WorkspaceException>(() => ReviewWorkspace.Create(test.Directory, TestWorkspace.Passphrase, TestKdf.Cheap));
        var nonEmpty = Assert.Throws<WorkspaceException>(() => ReviewWorkspace.Create(temp.Path, TestWorkspace.Passphrase, TestKdf.Cheap));
        var tooShort = Assert.Throws<WorkspaceException>(() => ReviewWorkspace.Create(temp.NewPath("new"), "short", TestKdf.Cheap));

        Assert.Contains("is already a workspace; nothing was changed", again.Message, StringComparison.Ordinal);
        Assert.Contains("is not empty", nonEmpty.Message, StringComparison.Ordinal);
        Assert.Contains("too short", tooShort.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.NewPath("new")));
        Assert.Equal(before, test.Fingerprint());
        Assert.Equal(["something.txt"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Opening_a_directory_without_a_workspace_says_how_to_create_one()
    {
        using var temp = new TempDirectory("review-none");

        var refused = Assert.Throws<WorkspaceException>(() => ReviewWorkspace.Open(temp.Path, TestWorkspace.Passphrase));

        Assert.Contains("review init --workspace", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Tampered_key_derivation_costs_are_refused_before_any_work()
    {
        var tooMuchMemory = new WorkspaceKdfSettings(3, int.MaxValue, 18);
        var tooManyPasses = new WorkspaceKdfSettings(1000, 8 * 1024 * 1024, 18);
        var tooFewPasses = new WorkspaceKdfSettings(1, 8 * 1024 * 1024, 18);

        Assert.Throws<WorkspaceException>(tooMuchMemory.Check);
        Assert.Throws<WorkspaceException>(tooManyPasses.Check);
        Assert.Throws<WorkspaceException>(tooFewPasses.Check);
        WorkspaceKdfSettings.Moderate.Check();
    }
}
