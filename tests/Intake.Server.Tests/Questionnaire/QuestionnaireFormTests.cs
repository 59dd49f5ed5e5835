using Intake.Questionnaires;
using System.Text.RegularExpressions;
using Intake.Server.Localization;
using Intake.Server.Questionnaire;

namespace Intake.Server.Tests.Questionnaire;

public sealed partial class QuestionnaireFormTests
{
    private const string Attack = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";

    private static readonly QuestionnaireDefinition Default = QuestionnaireLoader.Load(QuestionnaireLoader.DefaultPath);
    private static readonly QuestionnaireDefinition Sample = SampleQuestionnaire.Load();

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    [InlineData("pt")]
    public void Every_label_points_at_an_existing_unique_id(string language)
    {
        var html = QuestionnaireForm.RenderFields(Default, language, FormValues.Of(), []);

        var ids = Ids().Matches(html).Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var labelTargets = LabelTargets().Matches(html).Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(labelTargets);
        Assert.All(labelTargets, target => Assert.Contains(target, ids));
        Assert.All(Default.Questions, question => Assert.Contains("q-" + question.Id, ids));
    }

    [Fact]
    public void Every_described_by_reference_exists()
    {
        var errors = Default.Questions.Select(question => new AnswerError(question.Id, "Error")).ToList();
        var html = QuestionnaireForm.RenderFields(Default, "es", FormValues.Of(), errors);

        var ids = Ids().Matches(html).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var references = DescribedBy().Matches(html).SelectMany(match => match.Groups[1].Value.Split(' ')).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.Contains(reference, ids));
    }

    [Fact]
    public void Sections_are_fieldsets_with_their_headings_and_intros()
    {
        var html = QuestionnaireForm.RenderFields(Sample, "en", FormValues.Of(), []);

        Assert.Contains("<fieldset class=\"q-section\" id=\"section-about\">\n<legend class=\"q-section-legend\"><h2 class=\"q-section-title\">About the mission</h2></legend>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"q-section-intro\">Answer what you want.</p>", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<fieldset class=\"q-section\""));
    }

    [Fact]
    public void Each_kind_of_question_gets_its_control()
    {
        var html = QuestionnaireForm.RenderFields(Sample, "pt", FormValues.Of(), []);

        Assert.Contains("<label class=\"q-label\" for=\"q-city\">Cidade</label>\n<p class=\"q-help\" id=\"q-city-help\">Ou região</p>\n<input class=\"q-input\" type=\"text\" id=\"q-city\" name=\"city\" aria-describedby=\"q-city-help\" value=\"\" maxlength=\"10\" autocomplete=\"off\">", html, StringComparison.Ordinal);
        Assert.Contains("<select class=\"q-select\" id=\"q-country\" name=\"country\">\n<option value=\"\">Escolha</option>\n<option value=\"VE\">Venezuela</option>\n<option value=\"QA\">Catar</option>\n</select>", html, StringComparison.Ordinal);
        Assert.Contains("<input class=\"q-radio\" type=\"radio\" id=\"q-sector\" name=\"sector\" value=\"medicine\"><label class=\"q-option-label\" for=\"q-sector\">Medicina</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input class=\"q-radio\" type=\"radio\" id=\"q-sector-1\" name=\"sector\" value=\"nursing\"><label class=\"q-option-label\" for=\"q-sector-1\">Enfermagem</label>", html, StringComparison.Ordinal);
        Assert.Contains("<input class=\"q-input q-input-number\" type=\"text\" inputmode=\"numeric\" id=\"q-start_year\" name=\"start_year\" value=\"\" autocomplete=\"off\">", html, StringComparison.Ordinal);
        Assert.Contains("inputmode=\"decimal\" id=\"q-hours\"", html, StringComparison.Ordinal);
        Assert.Contains("<input class=\"q-checkbox\" type=\"checkbox\" id=\"q-watched-2\" name=\"watched\" value=\"meetings\">", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"q-options q-options-inline\">\n<div class=\"q-option\"><input class=\"q-radio\" type=\"radio\" id=\"q-signed\" name=\"signed\" value=\"yes\"><label class=\"q-option-label\" for=\"q-signed\">Sim</label></div>\n<div class=\"q-option\"><input class=\"q-radio\" type=\"radio\" id=\"q-signed-1\" name=\"signed\" value=\"no\"><label class=\"q-option-label\" for=\"q-signed-1\">Não</label></div>", html, StringComparison.Ordinal);
        Assert.Contains("<textarea class=\"q-textarea\" id=\"q-story\" name=\"story\" rows=\"12\" maxlength=\"50\">\n</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"q-group\">\n<legend class=\"q-label\">Vigilância</legend>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_questions_carry_the_marker_in_the_page_s_language()
    {
        var html = QuestionnaireForm.RenderFields(Sample, "en", FormValues.Of(), []);

        Assert.Contains("<legend class=\"q-label\">Quotes? <span class=\"q-required\">(required)</span></legend>", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(html, "q-required"));
    }

    [Fact]
    public void Values_are_refilled()
    {
        var values = FormValues.Of(
            ("city", "Maracaibo"),
            ("country", "QA"),
            ("sector", "nursing"),
            ("start_year", "20I5"),
            ("watched", "minders"),
            ("watched", "meetings"),
            ("signed", "no"),
            ("story", "Primera línea\nSegunda"));

        var html = QuestionnaireForm.RenderFields(Sample, "es", values, []);

        Assert.Contains("id=\"q-city\" name=\"city\" aria-describedby=\"q-city-help\" value=\"Maracaibo\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"QA\" selected>Qatar</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"VE\">Venezuela</option>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"q-sector-1\" name=\"sector\" value=\"nursing\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"q-sector\" name=\"sector\" value=\"medicine\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"start_year\" value=\"20I5\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"minders\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"phones\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"meetings\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"no\" checked>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"yes\">", html, StringComparison.Ordinal);
        Assert.Contains("maxlength=\"50\">\nPrimera línea&#xA;Segunda</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_mark_their_fields_and_are_linked_from_the_summary()
    {
        var text = SiteLanguages.For("es");
        var result = AnswerValidator.Validate(Sample, FormValues.Of(("city", "Ciudad de México"), ("start_year", "mil")), text);

        var fields = QuestionnaireForm.RenderFields(Sample, "es", FormValues.Of(("city", "Ciudad de México")), result.Errors);
        var summary = QuestionnaireForm.RenderErrorSummary(result.Errors, Sample, text);

        Assert.Contains("<div class=\"q-field q-field-error\">\n<label class=\"q-label\" for=\"q-city\">", fields, StringComparison.Ordinal);
        Assert.Contains("<p class=\"q-error\" id=\"q-city-error\">El texto es demasiado largo: el máximo es 10 caracteres. Acórtelo un poco.</p>", fields, StringComparison.Ordinal);
        Assert.Contains("id=\"q-city\" name=\"city\" aria-describedby=\"q-city-help q-city-error\" aria-invalid=\"true\" value=\"Ciudad de México\"", fields, StringComparison.Ordinal);
        Assert.Contains("id=\"q-start_year\" name=\"start_year\" aria-describedby=\"q-start_year-error\" aria-invalid=\"true\"", fields, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"q-group\" aria-describedby=\"q-consent_quotes-error\">", fields, StringComparison.Ordinal);
        Assert.Contains("id=\"q-consent_quotes\" name=\"consent_quotes\" value=\"yes\" aria-invalid=\"true\">", fields, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"q-sector\" name=\"sector\" value=\"medicine\" aria-invalid", fields, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Count(fields, "class=\"q-error\""));

        Assert.StartsWith("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\">\n<h2 class=\"error-summary-title\" id=\"error-summary-title\">Revise estas respuestas</h2>", summary, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#q-city\"><span class=\"error-summary-question\">Ciudad:</span> <span class=\"error-summary-message\">", summary, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#q-consent_quotes\"><span class=\"error-summary-question\">¿Citas?</span> <span class=\"error-summary-message\">Esta pregunta necesita una respuesta.</span></a></li>", summary, StringComparison.Ordinal);
        var fieldIds = Ids().Matches(fields).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var links = Regex.Matches(summary, "href=\"#([^\"]+)\"").Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(["q-city", "q-start_year", "q-consent_statistics", "q-consent_quotes", "q-consent_courts"], links);
        Assert.All(links, link => Assert.Contains(link, fieldIds));
    }

    [Fact]
    public void No_errors_means_no_summary()
    {
        Assert.Equal(string.Empty, QuestionnaireForm.RenderErrorSummary([], Sample, SiteLanguages.For("es")));
    }

    [Fact]
    public void Hostile_values_and_messages_are_encoded()
    {
        var values = FormValues.Of(("city", Attack), ("start_year", Attack), ("story", "</textarea>" + Attack), ("country", Attack), ("watched", Attack));
        var errors = new[] { new AnswerError("city", Attack), new AnswerError(Attack, Attack) };

        var html = QuestionnaireForm.RenderFields(Sample, "es", values, errors)
            + QuestionnaireForm.RenderErrorSummary(errors, Sample, SiteLanguages.For("es"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Attack, html, StringComparison.Ordinal);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "</textarea>"));
    }

    [Fact]
    public void Hostile_labels_in_the_questionnaire_file_are_encoded()
    {
        var json = SampleQuestionnaire.AsJson();
        SampleQuestionnaire.Question(json, 0, 0)["label"]!["es"] = Attack;
        SampleQuestionnaire.Question(json, 0, 2)["choices"]![0]!["label"]!["es"] = Attack;
        json["sections"]![0]!["title"]!["es"] = Attack;
        var questionnaire = SampleQuestionnaire.Load(json.ToJsonString());

        var html = QuestionnaireForm.RenderFields(questionnaire, "es", FormValues.Of(), [])
            + QuestionnaireForm.RenderErrorSummary([new AnswerError("city", "x")], questionnaire, SiteLanguages.For("es"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    [InlineData("pt")]
    public void The_markup_has_no_inline_style_script_or_event_handler(string language)
    {
        var errors = Default.Questions.Select(question => new AnswerError(question.Id, "x")).ToList();
        var html = QuestionnaireForm.RenderFields(Default, language, FormValues.Of(), errors)
            + QuestionnaireForm.RenderErrorSummary(errors, Default, SiteLanguages.For(language));

        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(EventHandler(), html);
    }

    [Fact]
    public void An_unknown_language_renders_in_spanish()
    {
        var html = QuestionnaireForm.RenderFields(Sample, "fr", FormValues.Of(), []);

        Assert.Contains(">Sobre la misión</h2>", html, StringComparison.Ordinal);
        Assert.Contains("(obligatoria)", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex Ids();

    [GeneratedRegex("<label[^>]*\\sfor=\"([^\"]+)\"")]
    private static partial Regex LabelTargets();

    [GeneratedRegex("aria-describedby=\"([^\"]+)\"")]
    private static partial Regex DescribedBy();

    [GeneratedRegex("\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
