using System.Text.Json.Nodes;
using Intake.Review.Coding;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Coding;

/// <summary>Questionnaire answers suggest case attributes; the coder confirms them.</summary>
public sealed class AttributePrefillTests
{
    [Fact]
    public void Every_mapped_answer_suggests_its_attribute()
    {
        using var coded = new CodedWorkspace(answers: answers =>
        {
            answers["profession"] = JsonValue.Create("médico de familia");
            answers["mission_start_year"] = JsonValue.Create(2015);
            answers["mission_end_year"] = JsonValue.Create(2019);
            answers["employer"] = JsonValue.Create("csmc");
            answers["passport_held_by"] = JsonValue.Create("mission_coordinator");
            answers["threats_against_family"] = JsonValue.Create(true);
            answers["return_ban"] = JsonValue.Create("threatened");
            answers["left_mission"] = JsonValue.Create("left_stayed");
        });
        var suggestions = AttributePrefill.From(coded.Test.Workspace.FindAnswers(coded.Id)!);
        Assert.Equal(
            [
                new AttributeSuggestion("attr.host_country", "VE", "mission_country"),
                new AttributeSuggestion("attr.sector", "medicine", "sector"),
                new AttributeSuggestion("attr.profession", "médico de familia", "profession"),
                new AttributeSuggestion("attr.mission_years", "2015-2019", "mission_start_year"),
                new AttributeSuggestion("attr.employer", "csmc", "employer"),
                new AttributeSuggestion("attr.pay_withheld_percent", "75", "pay_withheld_percent"),
                new AttributeSuggestion("attr.passport_retained", "yes", "passport_held_by"),
                new AttributeSuggestion("attr.family_threatened", "yes", "threats_against_family"),
                new AttributeSuggestion("attr.barred_from_returning", "yes", "return_ban"),
                new AttributeSuggestion("attr.left_mission", "yes", "left_mission"),
            ],
            suggestions);
    }

    [Theory]
    [InlineData("passport_held_by", "myself", "attr.passport_retained", "no")]
    [InlineData("return_ban", "banned", "attr.barred_from_returning", "yes")]
    [InlineData("return_ban", "no", "attr.barred_from_returning", "no")]
    [InlineData("return_ban", "dont_know", "attr.barred_from_returning", null)]
    [InlineData("left_mission", "left_elsewhere", "attr.left_mission", "yes")]
    [InlineData("left_mission", "completed", "attr.left_mission", "no")]
    [InlineData("left_mission", "other", "attr.left_mission", null)]
    [InlineData("employer", "dont_know", "attr.employer", null)]
    [InlineData("mission_country", "other", "attr.host_country", null)]
    public void Choices_map_to_yes_no_or_to_nothing(string question, string answer, string codeId, string? expected)
    {
        var answers = TestSubmission.TypicalAnswers();
        answers[question] = JsonValue.Create(answer);
        var content = Intake.Review.Workspace.AnswersContent.Parse(Intake.Questionnaires.AnswersDocument.Serialize(TestSubmission.DefaultQuestionnaire, "es", answers, []));
        Assert.Equal(expected, AttributePrefill.From(content).SingleOrDefault(s => s.CodeId == codeId)?.Value);
    }

    [Fact]
    public void Prefill_only_shows_and_confirm_prefill_applies_keeping_what_the_coder_coded()
    {
        using var coded = new CodedWorkspace();
        var id = coded.Id.ToString();
        Assert.Equal(0, coded.Run("code", id, "--add", "attr.pay_withheld_percent", "--value", "80", "--coder", "ana").ExitCode);

        var shown = coded.Run("code", id, "--prefill");
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("attr.host_country = VE (from mission_country): suggested.", shown.Out, StringComparison.Ordinal);
        Assert.Contains("attr.pay_withheld_percent = 75 (from pay_withheld_percent): you coded 80; kept.", shown.Out, StringComparison.Ordinal);
        Assert.Single(coded.Test.Workspace.Coding.All());

        var confirmed = coded.Run("code", id, "--confirm-prefill");
        Assert.Equal(0, confirmed.ExitCode);
        Assert.Contains("attr.host_country = VE (from mission_country): applied as coder \"ana\".", confirmed.Out, StringComparison.Ordinal);
        var values = coded.Test.Workspace.Coding.All().ToDictionary(a => a.CodeId, a => a.Value);
        Assert.Equal(new Dictionary<string, string?> { ["attr.host_country"] = "VE", ["attr.sector"] = "medicine", ["attr.pay_withheld_percent"] = "80" }, values);
    }
}
