using System.Text.Json;
using Intake.Bundles;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Commands;

/// <summary>import, list, show and ack through the real command line.</summary>
public sealed class ReadingCommandTests
{
    [Fact]
    public void Import_reports_what_it_did_and_a_second_import_changes_nothing()
    {
        using var test = new TestWorkspace();
        var bundle = test.Server.NextBundle(test.Submission(), test.Submission("Otra.", [new TestAttachment("a.txt", "text/plain", "hola"u8.ToArray())]));

        var imported = Run(test, "import", bundle);
        var before = test.Fingerprint();
        var again = Run(test, "import", bundle);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal($"Imported the bundle number 1 ({test.Workspace.Bundles.Acknowledge().Bundles[0].BundleId}) from server {test.Server.Key.PublicKey.KeyId}: 2 testimonies, 1 attachments. Run `review list` to see them.\n", imported.Out);
        Assert.Contains("review: verified 75% of the bundle\n", imported.Error, StringComparison.Ordinal);
        Assert.Contains("review: imported 75% of the bundle\n", imported.Error, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.EndsWith("was already imported, nothing changed.\n", again.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, again.Error);
        Assert.Equal(before, test.Fingerprint());
    }

    [Fact]
    public void On_a_terminal_import_runs_under_a_progress_bar_and_prints_the_same_result()
    {
        using var test = new TestWorkspace();
        var bundle = test.Server.NextBundle(test.Submission());

        var imported = CommandRunner.RunAsTerminal("import", bundle, "--workspace", test.Directory, "--passphrase-file", test.PassphraseFile);

        Assert.Equal(0, imported.ExitCode);
        // Spectre draws nothing on a console that is not interactive, but the bar's callbacks all ran.
        Assert.StartsWith("Imported the bundle number 1", imported.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, imported.Error);
    }

    [Fact]
    public void A_refused_import_exits_1_with_one_paragraph_on_stderr()
    {
        using var test = new TestWorkspace();
        test.Server.NextBundle(test.Submission());
        var second = test.Server.NextBundle(test.Submission());

        var refused = Run(test, "import", second);

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(string.Empty, refused.Out);
        Assert.StartsWith("review: This is bundle number 2 from server", refused.Error, StringComparison.Ordinal);
        Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void List_shows_a_table_or_json()
    {
        using var test = new TestWorkspace();
        var empty = Run(test, "list");
        var submission = test.Submission();
        Run(test, "import", test.Server.NextBundle(submission));

        var table = Run(test, "list");
        var json = Run(test, "list", "--json");

        Assert.Equal("No testimonies yet: import a bundle with `review import BUNDLE`.\n", empty.Out);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains(submission.Id.ToString(), table.Out, StringComparison.Ordinal);
        Assert.Contains("medicine", table.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        var row = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal(submission.Id, row.GetProperty("id").GetGuid());
        Assert.Equal(("2025-03-10", "es", "VE", "medicine", "new", 0), (
            row.GetProperty("day").GetString(), row.GetProperty("language").GetString(), row.GetProperty("country").GetString(),
            row.GetProperty("sector").GetString(), row.GetProperty("status").GetString(), row.GetProperty("attachments").GetInt32()));
    }

    [Fact]
    public void Show_renders_in_the_chosen_language_marks_free_text_and_refuses_bad_ids()
    {
        using var test = new TestWorkspace();
        var submission = test.Submission("Nos quitaron el pasaporte.\u001b[2J");
        Run(test, "import", test.Server.NextBundle(submission));
        test.Workspace.Catalog.AddNote(submission.Id, "Llamar.");
        var id = submission.Id.ToString();

        var english = Run(test, "show", id);
        var portuguese = Run(test, "show", id, "--lang", "pt", "--json");
        var french = Run(test, "show", id, "--lang", "fr");
        var malformed = Run(test, "show", "1234");
        var unknown = Run(test, "show", Guid.NewGuid().ToString());

        Assert.Equal(0, english.ExitCode);
        Assert.Contains("Questions and choices are shown in \"en\"; answers marked [es] are the source's own words.", english.Out, StringComparison.Ordinal);
        Assert.Contains("[es]:\n    Nos quitaron el pasaporte.\uFFFD[2J\n", english.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', english.Out);
        Assert.Contains("Note 1 (", english.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(portuguese.Out);
        Assert.Equal("pt", document.RootElement.GetProperty("readerLanguage").GetString());
        Assert.Equal("es", document.RootElement.GetProperty("sourceLanguage").GetString());
        Assert.Equal("Llamar.", document.RootElement.GetProperty("notes")[0].GetProperty("text").GetString());
        Assert.Equal(2, french.ExitCode);
        Assert.Equal(2, malformed.ExitCode);
        Assert.StartsWith("review: \"1234\" is not a testimony id", malformed.Error, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("`review list` shows the ids", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ack_writes_what_was_imported_and_refuses_when_nothing_was()
    {
        using var test = new TestWorkspace();
        var ackPath = test.PathFor("ack.json");
        var nothing = Run(test, "ack", "--out", ackPath);
        var submission = test.Submission();
        Run(test, "import", test.Server.NextBundle(submission));

        var written = Run(test, "ack", "--out", ackPath);

        Assert.Equal(1, nothing.ExitCode);
        Assert.Contains("there is nothing to acknowledge; no file was written", nothing.Error, StringComparison.Ordinal);
        Assert.Equal(0, written.ExitCode);
        Assert.StartsWith($"Acknowledged 1 bundle(s) with 1 testimonies in {ackPath}.", written.Out, StringComparison.Ordinal);
        var acknowledgement = Acknowledgement.Parse(File.ReadAllBytes(ackPath));
        Assert.Equal([submission.Id], Assert.Single(acknowledgement.Bundles).Submissions);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, CommandRunner.Run("frobnicate").ExitCode);
        Assert.Equal(2, CommandRunner.Run("import").ExitCode);
        Assert.Equal(2, CommandRunner.Run("ack").ExitCode);
        Assert.Equal(2, CommandRunner.Run("attachment", Guid.NewGuid().ToString(), "one", "--out", "x").ExitCode);
    }

    private static CommandResult Run(TestWorkspace test, params string[] args) =>
        CommandRunner.Run([.. args, "--workspace", test.Directory, "--passphrase-file", test.PassphraseFile]);
}
