using Intake.Questionnaires;
using System.Text;
using System.Text.Json;
using Intake.Server.Localization;
using Intake.Server.Questionnaire;

namespace Intake.Server.Tests.Questionnaire;

public sealed class AnswersDocumentTests
{
    private static readonly QuestionnaireDefinition Sample = SampleQuestionnaire.Load();

    private static readonly AttachmentManifestEntry Contract =
        new("contrato.pdf", "application/pdf", 12_345, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

    [Fact]
    public void The_document_has_exactly_the_expected_top_level_keys()
    {
        using var document = JsonDocument.Parse(Serialize(FormValues.WithConsent(), []));

        Assert.Equal(
            ["questionnaire", "version", "language", "answers", "attachments"],
            document.RootElement.EnumerateObject().Select(property => property.Name));
        Assert.Equal("sample", document.RootElement.GetProperty("questionnaire").GetString());
        Assert.Equal(2, document.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("pt", document.RootElement.GetProperty("language").GetString());
        Assert.Equal(0, document.RootElement.GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    public void Answers_keep_their_types_in_questionnaire_order()
    {
        var form = FormValues.WithConsent(
            ("story", "Nos quitaron el pasaporte."),
            ("watched", "phones"),
            ("hours", "60"),
            ("city", "Doha"),
            ("signed", "yes"));

        using var document = JsonDocument.Parse(Serialize(form, []));

        var answers = document.RootElement.GetProperty("answers");
        Assert.Equal(
            ["city", "hours", "watched", "signed", "story", "consent_statistics", "consent_quotes", "consent_courts"],
            answers.EnumerateObject().Select(property => property.Name));
        Assert.Equal("Doha", answers.GetProperty("city").GetString());
        Assert.Equal(60, answers.GetProperty("hours").GetInt32());
        Assert.Equal(["phones"], answers.GetProperty("watched").EnumerateArray().Select(item => item.GetString()));
        Assert.True(answers.GetProperty("signed").GetBoolean());
        Assert.False(answers.GetProperty("consent_quotes").GetBoolean());
        Assert.Equal("Nos quitaron el pasaporte.", answers.GetProperty("story").GetString());
    }

    [Fact]
    public void Attachments_are_listed_with_name_type_size_and_hash()
    {
        using var document = JsonDocument.Parse(Serialize(FormValues.WithConsent(), [Contract, Contract with { FileName = "foto.jpg", DeclaredType = "image/jpeg", Size = 0 }]));

        var attachments = document.RootElement.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(2, attachments.Count);
        Assert.Equal(["name", "type", "size", "sha256"], attachments[0].EnumerateObject().Select(property => property.Name));
        Assert.Equal("contrato.pdf", attachments[0].GetProperty("name").GetString());
        Assert.Equal("application/pdf", attachments[0].GetProperty("type").GetString());
        Assert.Equal(12_345, attachments[0].GetProperty("size").GetInt64());
        Assert.Equal(Contract.Sha256Hex, attachments[0].GetProperty("sha256").GetString());
        Assert.Equal("foto.jpg", attachments[1].GetProperty("name").GetString());
    }

    [Fact]
    public void Letters_stay_readable_and_markup_is_escaped()
    {
        var bytes = Serialize(FormValues.WithConsent(("story", "Año <b>")), []);

        var json = Encoding.UTF8.GetString(bytes);
        Assert.Contains("Año", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(bytes);
        Assert.Equal("Año <b>", document.RootElement.GetProperty("answers").GetProperty("story").GetString());
    }

    [Fact]
    public void The_same_answers_give_the_same_bytes()
    {
        Assert.Equal(Serialize(FormValues.WithConsent(("city", "Doha")), [Contract]), Serialize(FormValues.WithConsent(("city", "Doha")), [Contract]));
    }

    [Fact]
    public void A_language_the_questionnaire_lacks_is_refused()
    {
        var answers = AnswerValidator.Validate(Sample, FormValues.WithConsent(), SiteLanguages.For("es")).Answers;

        Assert.Throws<ArgumentException>(() => AnswersDocument.Serialize(Sample, "fr", answers, []));
    }

    private static byte[] Serialize(IReadOnlyDictionary<string, IReadOnlyList<string>> form, IReadOnlyList<AttachmentManifestEntry> attachments)
    {
        var result = AnswerValidator.Validate(Sample, form, SiteLanguages.For("pt"));
        Assert.True(result.IsValid);
        return AnswersDocument.Serialize(Sample, "pt", result.Answers, attachments);
    }
}
