using System.Text.Json;

namespace Intake.Review.Coding;

/// <summary>
/// A coder's coding as <c>review coding-export</c> writes it and <c>review merge</c> reads it:
/// the codebook it was made with, the coder, and every application (memos only on request).
/// </summary>
public sealed record CodingExport(string Format, CodebookReference Codebook, string Coder, IReadOnlyList<ExportedApplication> Applications)
{
    public const string CurrentFormat = "testimonio-coding/1";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static CodingExport From(Codebook codebook, string coder, IEnumerable<CodeApplication> applications, bool withMemos)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        return new CodingExport(CurrentFormat, new CodebookReference(codebook.Id, codebook.Version), coder, [.. applications.Select(a => new ExportedApplication(
            a.TestimonyId, a.CodeId, a.Value, a.Passage is null ? null : new ExportedPassage(a.Passage.Start, a.Passage.End), a.CodebookVersion, a.Adjudicated, withMemos ? a.Memo : null))]);
    }

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, JsonOptions);

    /// <exception cref="FormatException">The bytes are not a coding export of a format this program reads.</exception>
    public static CodingExport Parse(byte[] json)
    {
        CodingExport? export;
        try
        {
            // A file saved by an editor may start with a UTF-8 byte order mark; the JSON reader does not skip it.
            var start = json.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            export = JsonSerializer.Deserialize<CodingExport>(json.AsSpan(start), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException($"it is not a coding export ({e.Message})", e);
        }
        return export is { Format: CurrentFormat } ? export : throw new FormatException($"it is not a coding export in format {CurrentFormat}");
    }

    /// <summary>The applications as the workspace stores them.</summary>
    public IEnumerable<CodeApplication> ToApplications() => Applications.Select(a => new CodeApplication(
        a.Testimony, a.Code, a.Value, a.Passage is null ? null : new TextPassage(a.Passage.Start, a.Passage.End), Coder, a.CodebookVersion, a.Memo, a.Adjudicated));
}

public sealed record CodebookReference(string Id, int Version);

public sealed record ExportedApplication(Guid Testimony, string Code, string? Value, ExportedPassage? Passage, int CodebookVersion, bool Adjudicated, string? Memo);

public sealed record ExportedPassage(int Start, int End);
