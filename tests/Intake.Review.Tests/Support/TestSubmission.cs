using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;
using Intake.Questionnaires;

namespace Intake.Review.Tests.Support;

/// <summary>An attachment as a source would send it.</summary>
internal sealed record TestAttachment(string FileName, string DeclaredType, byte[] Content);

/// <summary>A submission as the server stores it: its id, day and age-encrypted parts (answers first).</summary>
internal sealed record TestSubmission(Guid Id, DateOnly Day, IReadOnlyList<byte[]> Parts)
{
    public static readonly DateOnly Day1 = new(2025, 3, 10);

    private static readonly Lazy<QuestionnaireDefinition> Questionnaire = new(() => QuestionnaireLoader.Load(QuestionnaireLoader.DefaultPath));

    public static QuestionnaireDefinition DefaultQuestionnaire => Questionnaire.Value;

    /// <summary>Answers to the default questionnaire, as the server writes them, encrypted to <paramref name="recipients"/>.</summary>
    public static TestSubmission Create(
        IReadOnlyCollection<IRecipient> recipients,
        IReadOnlyDictionary<string, JsonNode> answers,
        string language = "es",
        DateOnly? day = null,
        IReadOnlyList<TestAttachment>? attachments = null)
    {
        attachments ??= [];
        var manifest = attachments.Select(a => new AttachmentManifestEntry(a.FileName, a.DeclaredType, a.Content.Length, Convert.ToHexStringLower(SHA256.HashData(a.Content)))).ToList();
        var json = AnswersDocument.Serialize(DefaultQuestionnaire, language, answers, manifest);
        return FromParts(recipients, json, attachments.Select(a => a.Content), day);
    }

    /// <summary>A submission whose answers part is exactly <paramref name="answersJson"/>.</summary>
    public static TestSubmission FromParts(IReadOnlyCollection<IRecipient> recipients, byte[] answersJson, IEnumerable<byte[]> attachments, DateOnly? day = null)
    {
        var options = new AgeEncryptOptions { MaxDegreeOfParallelism = 1 };
        var parts = new List<byte[]> { AgeEncryptor.Encrypt(answersJson, recipients, options) };
        parts.AddRange(attachments.Select(content => AgeEncryptor.Encrypt(content, recipients, options)));
        return new TestSubmission(Guid.NewGuid(), day ?? Day1, parts);
    }

    /// <summary>A typical testimony: Venezuela, medicine, a narrative holding <paramref name="narrative"/>.</summary>
    public static Dictionary<string, JsonNode> TypicalAnswers(string narrative = "Nos retiraron el pasaporte al llegar.") => new()
    {
        ["mission_country"] = JsonValue.Create("VE"),
        ["sector"] = JsonValue.Create("medicine"),
        ["contract_signed"] = JsonValue.Create(false),
        ["pay_withheld_percent"] = JsonValue.Create(75),
        ["narrative"] = JsonValue.Create(narrative),
        ["consent_statistics"] = JsonValue.Create(true),
        ["consent_quotes"] = JsonValue.Create(false),
        ["consent_un_and_courts"] = JsonValue.Create(true),
    };

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
