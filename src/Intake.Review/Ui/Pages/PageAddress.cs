namespace Intake.Review.Ui.Pages;

/// <summary>
/// A page's path and query, built from parts so that every value is escaped; the reader
/// language travels in the query of every link, since the UI keeps no state but the session.
/// </summary>
internal sealed record PageAddress(string Path, IReadOnlyList<KeyValuePair<string, string>> Query)
{
    public const string LanguageParameter = "lang";

    public static PageAddress List(string language) => new("/", [new(LanguageParameter, language)]);

    public static PageAddress Testimony(Guid id, string language) => new(TestimonyPath(id), [new(LanguageParameter, language)]);

    public static string TestimonyPath(Guid id) => $"/t/{id:D}";

    /// <summary>The same page in another reader language.</summary>
    public PageAddress InLanguage(string language) =>
        this with { Query = [.. Query.Where(pair => pair.Key != LanguageParameter), new(LanguageParameter, language)] };

    public override string ToString() => Query.Count == 0
        ? Path
        : Path + "?" + string.Join('&', Query.Select(pair => $"{Uri.EscapeDataString(pair.Key)}={Uri.EscapeDataString(pair.Value)}"));
}
