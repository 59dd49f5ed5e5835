using System.Text;
using System.Text.Json.Nodes;
using Intake.Review.Import;
using Intake.Review.Tests.Support;
using Intake.Review.Workspace;

namespace Intake.Review.Tests.Workspace;

public sealed class CatalogTests
{
    [Fact]
    public void The_list_is_newest_day_first_then_by_id_with_blank_index_values_as_null()
    {
        using var test = new TestWorkspace();
        var older = TestSubmission.Create([.. test.Recipients], TestSubmission.TypicalAnswers(), day: TestSubmission.Day1.AddDays(-3));
        var blank = TestSubmission.Create([.. test.Recipients], new Dictionary<string, JsonNode> { ["narrative"] = JsonValue.Create("Sin más datos.") }, language: "pt");
        var same = test.Submission();
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(older, blank, same), startChain: false);

        var listed = test.Workspace.Catalog.List();

        var newest = new[] { blank.Id, same.Id }.OrderBy(id => id.ToString("D"), StringComparer.Ordinal);
        Assert.Equal([.. newest, older.Id], listed.Select(t => t.Id));
        var blankSummary = listed.Single(t => t.Id == blank.Id);
        Assert.Equal(("pt", (string?)null, (string?)null), (blankSummary.SourceLanguage, blankSummary.Country, blankSummary.Sector));
    }

    [Fact]
    public void Answers_are_labelled_in_the_reader_language_and_free_text_stays_as_written()
    {
        using var test = new TestWorkspace();
        var submission = test.Submission("Nos quitaron el pasaporte.", [new TestAttachment("foto.jpg", "image/jpeg", "jpeg"u8.ToArray())]);
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(submission), startChain: false);
        var questionnaire = TestSubmission.DefaultQuestionnaire;

        var english = test.Workspace.Catalog.Find(submission.Id, "en")!;
        var spanish = test.Workspace.Catalog.Find(submission.Id, "es")!;

        var country = english.Sections.SelectMany(s => s.Answers).Single(a => a.QuestionId == "mission_country");
        var contract = english.Sections.SelectMany(s => s.Answers).Single(a => a.QuestionId == "contract_signed");
        var narrative = english.Sections.SelectMany(s => s.Answers).Single(a => a.QuestionId == "narrative");
        var question = questionnaire.Questions.Single(q => q.Id == "mission_country");
        Assert.Equal(question.Label.In("en"), country.Question);
        Assert.Equal(((Intake.Questionnaires.SingleChoiceQuestion)question).Choices.Single(c => c.Value == "VE").Label.In("en"), country.Answer);
        Assert.Equal(questionnaire.Labels.No.In("en"), contract.Answer);
        Assert.Equal(("Nos quitaron el pasaporte.", true), (narrative.Answer, narrative.IsFreeText));
        Assert.False(country.IsFreeText);
        Assert.Equal(questionnaire.Labels.No.In("es"), spanish.Sections.SelectMany(s => s.Answers).Single(a => a.QuestionId == "contract_signed").Answer);
        Assert.Equal("es", english.Summary.SourceLanguage);
        Assert.Equal("en", english.ReaderLanguage);
        var attachment = Assert.Single(english.Attachments);
        Assert.Equal((1, "foto.jpg", "image/jpeg", 4L), (attachment.PartIndex, attachment.FileName, attachment.DeclaredType, attachment.Size));
    }

    [Fact]
    public void An_unknown_questionnaire_version_is_shown_with_raw_question_ids()
    {
        using var test = new TestWorkspace();
        var json = """{"questionnaire":"mission-testimony","version":99,"language":"en","answers":{"new_question":"free words","count":3,"tags":["a","b"]},"attachments":[]}""";
        var submission = TestSubmission.FromParts([.. test.Recipients], Encoding.UTF8.GetBytes(json), []);
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(submission), startChain: false);

        var detail = test.Workspace.Catalog.Find(submission.Id, "es")!;

        var section = Assert.Single(detail.Sections);
        Assert.Contains("version 99", section.Title, StringComparison.Ordinal);
        Assert.Equal(
            [("new_question", "new_question", "free words", true), ("count", "count", "3", false), ("tags", "tags", "a, b", false)],
            section.Answers.Select(a => (a.QuestionId, a.Question, a.Answer, a.IsFreeText)));
    }

    [Fact]
    public void Notes_and_status_are_kept_and_unknown_ids_are_refused()
    {
        using var test = new TestWorkspace();
        var submission = test.Submission();
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(submission), startChain: false);
        var catalog = test.Workspace.Catalog;

        var first = catalog.AddNote(submission.Id, "Primera nota.");
        var second = catalog.AddNote(submission.Id, "Second note.");
        catalog.SetStatus(submission.Id, TestimonyStatus.Done);

        Assert.Equal([first, second], catalog.Notes(submission.Id));
        Assert.True(second.Id > first.Id);
        Assert.Equal(TestimonyStatus.Done, Assert.Single(catalog.List()).Status);
        Assert.Null(catalog.Find(Guid.NewGuid(), "en"));
        Assert.Empty(catalog.Notes(Guid.NewGuid()));
        Assert.Throws<ArgumentException>(() => catalog.AddNote(Guid.NewGuid(), "x"));
        Assert.Throws<ArgumentException>(() => catalog.AddNote(submission.Id, "  "));
        Assert.Throws<ArgumentException>(() => catalog.SetStatus(Guid.NewGuid(), TestimonyStatus.Done));
    }

    [Fact]
    public void A_sealed_value_moved_to_another_testimony_is_detected()
    {
        using var test = new TestWorkspace();
        var victim = test.Submission("A.");
        var other = test.Submission("B.");
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(victim, other), startChain: false);
        using (var connection = test.Workspace.Database.OpenConnection())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE testimonies SET answers_sealed = (SELECT answers_sealed FROM testimonies WHERE id = $other) WHERE id = $victim";
            command.Parameters.AddWithValue("$other", other.Id.ToString("D"));
            command.Parameters.AddWithValue("$victim", victim.Id.ToString("D"));
            command.ExecuteNonQuery();
        }

        var refused = Assert.Throws<WorkspaceException>(() => test.Workspace.Catalog.Find(victim.Id, "en"));

        Assert.Contains("does not decrypt", refused.Message, StringComparison.Ordinal);
    }
}
