using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Review.Coding;

/// <summary>
/// The versioned codebook (Coding/codebook.json, embedded in the tool): ILO indicators, Palermo
/// elements and case attributes, each with labels, definitions, inclusion and exclusion notes
/// and examples in Spanish and English. Every application records <see cref="Version"/>;
/// codings made under another version are not merged.
/// </summary>
public sealed record Codebook(string Id, int Version, IReadOnlyDictionary<string, string> Description, IReadOnlyList<CodeDefinition> Codes)
{
    public const string FallbackLanguage = "en";

    /// <summary>The languages every code must be described in.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["es", "en"];

    private const string ResourceName = "Intake.Review.Coding.codebook.json";

    private static readonly Lazy<Codebook> Shipped = new(() =>
    {
        using var stream = typeof(Codebook).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The codebook resource {ResourceName} is missing from the build.");
        return Parse(stream);
    });

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The codebook shipped with this build of review.</summary>
    public static Codebook Load() => Shipped.Value;

    /// <exception cref="FormatException">The JSON is not a codebook, an id repeats, a text is missing, or a code's meaning does not match its recorded hash.</exception>
    public static Codebook Parse(Stream json)
    {
        Codebook? codebook;
        try
        {
            codebook = JsonSerializer.Deserialize<Codebook>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The codebook is not valid: {e.Message}", e);
        }
        if (codebook is null || codebook.Version < 1 || codebook.Codes.Count == 0)
        {
            throw new FormatException("The codebook needs an id, a version of 1 or more and at least one code.");
        }
        CodebookCheck.Check(codebook);
        return codebook;
    }

    /// <summary>The code with this id, or null.</summary>
    public CodeDefinition? Find(string codeId) => Codes.FirstOrDefault(code => code.Id == codeId);

    /// <exception cref="ReviewException">There is no such code; the message names the closest ids.</exception>
    public CodeDefinition Require(string codeId)
    {
        ArgumentNullException.ThrowIfNull(codeId);
        if (Find(codeId) is { } code)
        {
            return code;
        }
        var close = CodeSuggestions.Closest(codeId, Codes.Select(c => c.Id));
        throw new ReviewException(
            $"There is no code \"{codeId}\" in codebook {Id} version {Version}. " +
            (close.Count > 0 ? $"Did you mean {string.Join(", ", close)}? " : string.Empty) +
            "`review code --list` shows every code.");
    }
}
