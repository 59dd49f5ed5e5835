using System.Text;
using System.Text.Json.Nodes;
using Intake.Review.Import;
using Intake.Review.Tests.Support;
using Intake.Review.Workspace;
using Microsoft.Data.Sqlite;

namespace Intake.Review.Tests.Import;

/// <summary>Nothing a source wrote, nor a reviewer's note, reaches the workspace files unencrypted.</summary>
public sealed class CanaryTests
{
    private const string AnswerCanary = "CANARY-answer-5e1d";
    private const string IndexCanary = "CANARY-sector-77b2";
    private const string FileCanary = "CANARY-file-0c9a";
    private const string NoteCanary = "CANARY-note-a4f0";

    [Fact]
    public void Canaries_in_answers_index_values_file_names_and_notes_never_appear_in_the_database_or_its_log()
    {
        using var test = new TestWorkspace();
        var answers = TestSubmission.TypicalAnswers($"Mi jefe se llama {AnswerCanary}.");
        answers["sector"] = JsonValue.Create(IndexCanary);
        answers["mission_city"] = JsonValue.Create(AnswerCanary);
        var submission = TestSubmission.Create([.. test.Recipients], answers, attachments: [new TestAttachment($"{FileCanary}.jpg", $"image/{FileCanary}", Encoding.UTF8.GetBytes(AnswerCanary))]);
        // An open reader keeps the -wal file (and what was written to it) in place while the workspace works.
        using var keepLog = new SqliteConnection($"Data Source={Path.Combine(test.Directory, "workspace.db")};Pooling=False");
        keepLog.Open();
        using (var read = keepLog.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM testimonies";
            read.ExecuteScalar();
        }

        BundleImporter.Import(test.Workspace, test.Server.NextBundle(submission), startChain: false);
        test.Workspace.Catalog.AddNote(submission.Id, $"Call back about {NoteCanary}.");
        test.Workspace.Catalog.SetStatus(submission.Id, TestimonyStatus.InReview);

        Assert.True(File.Exists(Path.Combine(test.Directory, "workspace.db-wal")));
        AssertNoCanary(WorkspaceFiles.DatabaseBytes(test.Directory));
        keepLog.Close();
        AssertNoCanary(WorkspaceFiles.DatabaseBytes(test.Directory));
        var detail = test.Workspace.Catalog.Find(submission.Id, "en")!;
        Assert.Equal(IndexCanary, detail.Summary.Sector);
        Assert.Contains(detail.Sections.SelectMany(s => s.Answers), a => a.Answer.Contains(AnswerCanary, StringComparison.Ordinal));
        Assert.Equal($"{FileCanary}.jpg", Assert.Single(detail.Attachments).FileName);
        Assert.Contains(NoteCanary, Assert.Single(test.Workspace.Catalog.Notes(submission.Id)).Text, StringComparison.Ordinal);
    }

    private static void AssertNoCanary(byte[] files)
    {
        foreach (var canary in new[] { AnswerCanary, IndexCanary, FileCanary, NoteCanary, "CANARY" })
        {
            Assert.Equal(-1, files.AsSpan().IndexOf(Encoding.UTF8.GetBytes(canary)));
        }
    }
}
