namespace Intake.Review.Coding;

/// <summary>
/// One code of the codebook. <see cref="Id"/> never changes; <see cref="MeaningSha256"/> is the
/// hash of everything that defines its meaning (see <see cref="CodeMeaning"/>), so an edit to
/// a definition that does not come with a new hash, and thus a deliberate review, is refused.
/// </summary>
public sealed record CodeDefinition(
    string Id,
    CodeKind Kind,
    CodeValueType ValueType,
    MeasurementLevel Level,
    IReadOnlyDictionary<string, CodeText> Texts,
    string MeaningSha256,
    IReadOnlyList<string>? Values = null)
{
    /// <summary>Whether applying the code means "present" (ILO indicators, Palermo elements) rather than giving a value.</summary>
    public bool IsPresence => ValueType == CodeValueType.Presence;

    /// <summary>The text in <paramref name="language"/>, else in English.</summary>
    public CodeText Text(string language) =>
        Texts.TryGetValue(language, out var text) ? text : Texts[Codebook.FallbackLanguage];
}
