using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Intake.Questionnaires;

/// <summary>
/// Part 0 of a submission, before encryption: which questionnaire was answered, in which
/// language, the answers and the list of attachments. Nothing about the request or the time
/// is written: the document holds only what the source wrote.
/// </summary>
public static class AnswersDocument
{
    // Letters stay readable for reviewers; characters that matter in HTML are still escaped.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <returns>UTF-8 JSON: {"questionnaire", "version", "language", "answers", "attachments"}.</returns>
    public static byte[] Serialize(
        QuestionnaireDefinition questionnaire,
        string languageCode,
        IReadOnlyDictionary<string, JsonNode> answers,
        IReadOnlyList<AttachmentManifestEntry> attachments)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(attachments);
        if (!questionnaire.Languages.Contains(languageCode))
        {
            throw new ArgumentException($"The questionnaire has no language \"{languageCode}\".", nameof(languageCode));
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("questionnaire", questionnaire.Id);
            writer.WriteNumber("version", questionnaire.Version);
            writer.WriteString("language", languageCode);

            // In questionnaire order, so two documents with the same answers are the same bytes.
            writer.WriteStartObject("answers");
            foreach (var question in questionnaire.Questions)
            {
                if (answers.TryGetValue(question.Id, out var answer))
                {
                    writer.WritePropertyName(question.Id);
                    answer.WriteTo(writer);
                }
            }

            writer.WriteEndObject();

            writer.WriteStartArray("attachments");
            foreach (var attachment in attachments)
            {
                writer.WriteStartObject();
                writer.WriteString("name", attachment.FileName);
                writer.WriteString("type", attachment.DeclaredType);
                writer.WriteNumber("size", attachment.Size);
                writer.WriteString("sha256", attachment.Sha256Hex);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
