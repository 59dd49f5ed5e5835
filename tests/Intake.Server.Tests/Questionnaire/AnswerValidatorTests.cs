using Intake.Questionnaires;
using System.Text.Json.Nodes;
using Intake.Server.Localization;
using Intake.Server.Questionnaire;

namespace Intake.Server.Tests.Questionnaire;

public sealed class AnswerValidatorTests
{
    private static readonly QuestionnaireDefinition Sample = SampleQuestionnaire.Load();
    private static readonly SiteText Spanish = SiteLanguages.For("es");
    private static readonly SiteText English = SiteLanguages.For("en");

    [Fact]
    public void An_empty_form_asks_only_for_the_consent_answers()
    {
        var result = AnswerValidator.Validate(Sample, FormValues.Of(), Spanish);

        Assert.False(result.IsValid);
        Assert.Empty(result.Answers);
        Assert.Equal(
            [new("consent_statistics", Spanish.ValidationRequired), new("consent_quotes", Spanish.ValidationRequired), new AnswerError("consent_courts", Spanish.ValidationRequired)],
            result.Errors);
    }

    [Fact]
    public void A_consent_answer_of_no_is_an_answer()
    {
        var result = AnswerValidator.Validate(Sample, FormValues.WithConsent(), Spanish);

        Assert.True(result.IsValid);
        Assert.True(result.Answers["consent_statistics"].GetValue<bool>());
        Assert.False(result.Answers["consent_quotes"].GetValue<bool>());
    }

    [Fact]
    public void Messages_come_in_the_source_s_language()
    {
        var result = AnswerValidator.Validate(Sample, FormValues.Of(("consent_quotes", "yes"), ("consent_courts", "no")), English);

        Assert.Equal([new AnswerError("consent_statistics", "This question needs an answer.")], result.Errors);
    }

    [Fact]
    public void Answers_are_typed_and_kept()
    {
        var form = FormValues.WithConsent(
            ("city", "  Caracas "),
            ("country", "VE"),
            ("sector", "nursing"),
            ("start_year", "2015"),
            ("hours", "37,5"),
            ("watched", "phones"),
            ("watched", "minders"),
            ("signed", "no"),
            ("story", "Línea uno\r\nLínea dos"));

        var result = AnswerValidator.Validate(Sample, form, Spanish);

        Assert.True(result.IsValid);
        Assert.Equal("Caracas", result.Answers["city"].GetValue<string>());
        Assert.Equal("VE", result.Answers["country"].GetValue<string>());
        Assert.Equal("nursing", result.Answers["sector"].GetValue<string>());
        Assert.Equal(2015m, result.Answers["start_year"].GetValue<decimal>());
        Assert.Equal(37.5m, result.Answers["hours"].GetValue<decimal>());
        Assert.Equal(["minders", "phones"], result.Answers["watched"].AsArray().Select(item => item!.GetValue<string>()));
        Assert.False(result.Answers["signed"].GetValue<bool>());
        Assert.Equal("Línea uno\nLínea dos", result.Answers["story"].GetValue<string>());
    }

    [Fact]
    public void Blank_optional_answers_are_left_out()
    {
        var form = FormValues.WithConsent(("city", "   "), ("country", ""), ("start_year", ""), ("watched", ""), ("signed", ""));

        var result = AnswerValidator.Validate(Sample, form, Spanish);

        Assert.True(result.IsValid);
        Assert.Equal(["consent_courts", "consent_quotes", "consent_statistics"], result.Answers.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_form_keys_are_ignored()
    {
        var form = FormValues.WithConsent(("__RequestVerificationToken", "token"), ("lang", "pt"), ("attachments", "x.pdf"), ("city", "Doha"));

        var result = AnswerValidator.Validate(Sample, form, Spanish);

        Assert.True(result.IsValid);
        Assert.Equal(4, result.Answers.Count);
        Assert.Equal("Doha", result.Answers["city"].GetValue<string>());
    }

    [Theory]
    [InlineData("0123456789", true)]
    [InlineData("01234567890", false)]
    [InlineData("  0123456789  ", true)]
    public void Text_longer_than_its_maximum_is_refused(string typed, bool accepted)
    {
        var result = AnswerValidator.Validate(Sample, FormValues.WithConsent(("city", typed)), Spanish);

        Assert.Equal(accepted, result.IsValid);
        if (!accepted)
        {
            Assert.Equal([new AnswerError("city", "El texto es demasiado largo: el máximo es 10 caracteres. Acórtelo un poco.")], result.Errors);
            Assert.False(result.Answers.ContainsKey("city"));
        }
    }

    [Fact]
    public void Line_breaks_count_as_one_character_as_the_browser_counted_them()
    {
        var story = string.Join("\r\n", Enumerable.Repeat("abcdefghi", 5));

        var result = AnswerValidator.Validate(Sample, FormValues.WithConsent(("story", story)), Spanish);

        Assert.True(result.IsValid);
        Assert.Equal(49, result.Answers["story"].GetValue<string>().Length);
    }

    [Theory]
    [InlineData("dos mil")]
    [InlineData("2015.5")]
    [InlineData("2,015")]
    [InlineData("1e3")]
    [InlineData("99999999999999999999999999999999999")]
    public void A_whole_number_that_does_not_parse_is_refused(string typed)
    {
        var result = AnswerValidator.Validate(Sample, FormValues.WithConsent(("start_year", typed)), Spanish);

        Assert.Equal([new AnswerError("start_year", Spanish.ValidationNotANumber)], result.Errors);
    }

    [Theory]
    [InlineData("1959")]
    [InlineData("2031")]
    [InlineData("-2015")]
    public void A_number_out_of_range_is_refused_with_its_bounds(string typed)
    {
        var result = AnswerValidator.Validate(Sample, FormValues.WithConsent(("start_year", typed)), English);

        Assert.Equal([new AnswerError("start_year", "Write a number from 1960 to 2030.")], result.Errors);
    }

    [Theory]
    [InlineData("1960", 1960)]
    [InlineData(" 2030 ", 2030)]
    public void The_bounds_themselves_are_accepted(string typed, int expected)
    {
        var result = AnswerValidator.Validate(Sample, FormValues.WithConsent(("start_year", typed)), Spanish);

        Assert.Equal(expected, result.Answers["start_year"].GetValue<decimal>());
    }

    [Theory]
    [InlineData("37.5", 37.5)]
    [InlineData("37,5", 37.5)]
    [InlineData("168", 168)]
    public void Decimals_are_read_with_a_comma_or_a_point_where_allowed(string typed, double expected)
    {
        var result = AnswerValidator.Validate(Sample, FormValues.WithConsent(("hours", typed)), Spanish);

        Assert.Equal((decimal)expected, result.Answers["hours"].GetValue<decimal>());
    }

    [Theory]
    [InlineData("country", "CU")]
    [InlineData("sector", "Medicine")]
    [InlineData("signed", "si")]
    [InlineData("consent_statistics", "true")]
    public void A_value_that_is_not_a_choice_is_refused(string questionId, string value)
    {
        var form = new Dictionary<string, IReadOnlyList<string>>(FormValues.WithConsent()) { [questionId] = [value] };

        var result = AnswerValidator.Validate(Sample, form, Spanish);

        Assert.Equal([new AnswerError(questionId, Spanish.ValidationInvalidChoice)], result.Errors);
    }

    [Fact]
    public void One_unknown_value_among_several_choices_is_refused()
    {
        var result = AnswerValidator.Validate(Sample, FormValues.WithConsent(("watched", "phones"), ("watched", "drones")), Spanish);

        Assert.Equal([new AnswerError("watched", Spanish.ValidationInvalidChoice)], result.Errors);
        Assert.False(result.Answers.ContainsKey("watched"));
    }

    [Fact]
    public void Several_choices_are_kept_once_each_in_the_questionnaire_s_order()
    {
        var result = AnswerValidator.Validate(
            Sample,
            FormValues.WithConsent(("watched", "meetings"), ("watched", "minders"), ("watched", "meetings")),
            Spanish);

        var watched = Assert.IsType<JsonArray>(result.Answers["watched"]);
        Assert.Equal(["minders", "meetings"], watched.Select(item => item!.GetValue<string>()));
    }

    [Fact]
    public void Errors_follow_the_questionnaire_s_order()
    {
        var form = FormValues.Of(("story", new string('x', 51)), ("start_year", "x"), ("city", new string('x', 11)));

        var result = AnswerValidator.Validate(Sample, form, Spanish);

        Assert.Equal(
            ["city", "start_year", "story", "consent_statistics", "consent_quotes", "consent_courts"],
            result.Errors.Select(error => error.QuestionId));
    }
}
