using System.Globalization;
using System.Text.Json;
using Intake.Questionnaires;

namespace Intake.Review.Workspace;

/// <summary>
/// Part 0 of a submission as the source's browser or the server wrote it (see
/// <see cref="AnswersDocument"/>): questionnaire id and version, language, answers in
/// questionnaire order, and the attachments' manifest.
/// </summary>
public sealed record AnswersContent(
    string QuestionnaireId,
    int QuestionnaireVersion,
    string Language,
    IReadOnlyList<KeyValuePair<string, JsonElement>> Answers,
    IReadOnlyList<AttachmentManifestEntry> Attachments)
{
    /// <summary>The answer to <paramref name="questionId"/> when it is a non-empty string, else null.</summary>
    public string? TextAnswer(string questionId) =>
        Answers.FirstOrDefault(answer => answer.Key == questionId).Value is { ValueKind: JsonValueKind.String } value
        && value.GetString() is { Length: > 0 } text ? text : null;

    /// <exception cref="FormatException">The bytes are not an answers document; the message says what is wrong, never what it holds.</exception>
    public static AnswersContent Parse(ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            // Parsed in place: no copy of the plaintext is left behind for the caller to miss when zeroing.
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException("it is not valid JSON", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("it is not a JSON object");
            }
            var answers = Property(root, "answers", JsonValueKind.Object)
                .EnumerateObject()
                .Select(answer => KeyValuePair.Create(answer.Name, answer.Value.Clone()))
                .ToList();
            var attachments = Property(root, "attachments", JsonValueKind.Array).EnumerateArray().Select(ReadAttachment).ToList();
            var version = Property(root, "version", JsonValueKind.Number);
            return new AnswersContent(
                Property(root, "questionnaire", JsonValueKind.String).GetString()!,
                version.TryGetInt32(out var number) && number >= 1 ? number : throw new FormatException("\"version\" is not a positive whole number"),
                Property(root, "language", JsonValueKind.String).GetString()!,
                answers,
                attachments);
        }
    }

    private static AttachmentManifestEntry ReadAttachment(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("an entry of \"attachments\" is not an object");
        }
        var size = Property(entry, "size", JsonValueKind.Number);
        var sha256 = Property(entry, "sha256", JsonValueKind.String).GetString()!;
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new FormatException("an attachment's \"sha256\" is not 64 lowercase hex digits");
        }
        return new AttachmentManifestEntry(
            Property(entry, "name", JsonValueKind.String).GetString()!,
            Property(entry, "type", JsonValueKind.String).GetString()!,
            size.TryGetInt64(out var bytes) && bytes >= 0 ? bytes : throw new FormatException("an attachment's \"size\" is not a whole number of bytes"),
            sha256);
    }

    private static JsonElement Property(JsonElement parent, string name, JsonValueKind kind) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == kind
            ? value
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"\"{name}\" is missing or is not a {kind.ToString().ToLowerInvariant()}"));
}
