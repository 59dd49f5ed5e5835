using Intake.Questionnaires;
using Intake.Server.Questionnaire;

namespace Intake.Server.Tests.Questionnaire;

public sealed class DefaultQuestionnaireTests
{
    private readonly QuestionnaireDefinition questionnaire = QuestionnaireLoader.Load(QuestionnaireLoader.DefaultPath);

    [Fact]
    public void It_loads_as_the_mission_testimony_version_1()
    {
        Assert.Equal("mission-testimony", questionnaire.Id);
        Assert.Equal(1, questionnaire.Version);
        Assert.Equal(["es", "en", "pt"], questionnaire.Languages);
    }

    [Fact]
    public void Only_the_consent_questions_are_required()
    {
        var required = questionnaire.Questions.Where(question => question.Required).ToList();

        Assert.All(required, question => Assert.NotNull(Assert.IsType<YesNoQuestion>(question).ConsentUse));
        Assert.Equal(ConsentUses.All.Order(), required.Select(question => ((YesNoQuestion)question).ConsentUse!).Order());
    }

    [Theory]
    [InlineData("mission_country", "VE")]
    [InlineData("mission_country", "QA")]
    [InlineData("mission_country", "other")]
    [InlineData("sector", "medicine")]
    [InlineData("sector", "maritime")]
    [InlineData("employer", "csmc")]
    [InlineData("employer", "henry_reeve")]
    [InlineData("passport_held_by", "mission_coordinator")]
    [InlineData("pay_held_how", "frozen_account_cuba")]
    [InlineData("return_ban", "threatened")]
    [InlineData("left_mission", "left_stayed")]
    public void It_offers_the_choices_the_demo_and_reviewers_rely_on(string questionId, string value)
    {
        var question = questionnaire.Questions.Single(question => question.Id == questionId);

        var choices = question switch
        {
            SingleChoiceQuestion single => single.Choices,
            MultipleChoiceQuestion multiple => multiple.Choices,
            _ => [],
        };
        Assert.Contains(choices, choice => choice.Value == value);
    }

    [Fact]
    public void Years_percent_hours_and_the_narrative_have_their_bounds()
    {
        var questions = questionnaire.Questions.ToDictionary(question => question.Id);

        Assert.Equal((1960m, 2030m), Bounds(questions["mission_start_year"]));
        Assert.Equal((1960m, 2030m), Bounds(questions["mission_end_year"]));
        Assert.Equal((0m, 100m), Bounds(questions["pay_withheld_percent"]));
        Assert.Equal((0m, 168m), Bounds(questions["hours_per_week"]));
        var narrative = Assert.IsType<TextQuestion>(questions["narrative"]);
        Assert.True(narrative.Multiline);
        Assert.Equal(50_000, narrative.MaxLength);
    }

    [Fact]
    public void The_country_list_is_a_drop_down()
    {
        var country = Assert.IsType<SingleChoiceQuestion>(questionnaire.Questions.Single(question => question.Id == "mission_country"));

        Assert.Equal(ChoiceControl.Select, country.Control);
        Assert.Equal("other", country.Choices[^1].Value);
    }

    private static (decimal Min, decimal Max) Bounds(Question question)
    {
        var number = Assert.IsType<NumberQuestion>(question);
        Assert.False(number.AllowDecimals);
        return (number.Min, number.Max);
    }
}
