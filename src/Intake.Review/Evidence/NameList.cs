using System.Collections.Frozen;

namespace Intake.Review.Evidence;

/// <summary>
/// The names the quote checker flags: the shipped <see cref="SpanishNames"/> and any a team
/// adds from a file. Compared without case or accents, so "Jose" matches "José".
/// </summary>
public sealed class NameList
{
    private readonly FrozenSet<string> names;

    private NameList(IEnumerable<string> words)
    {
        names = words.Select(Fold).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The shipped list alone.</summary>
    public static NameList Shipped { get; } = new(Words(SpanishNames.GivenNames).Concat(Words(SpanishNames.Surnames)));

    public int Count => names.Count;

    /// <summary>
    /// The shipped list plus the names in <paramref name="path"/>: one name per line (a line of
    /// several words adds each word), blank lines and lines starting with # ignored.
    /// </summary>
    /// <exception cref="ReviewException">The file cannot be read.</exception>
    public static NameList WithFile(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReviewException($"The names file {path} cannot be read ({e.Message}); nothing was done. Name a readable text file with one name per line.", e);
        }
        var extra = lines.Where(line => !line.TrimStart().StartsWith('#')).SelectMany(Words);
        return new NameList(Words(SpanishNames.GivenNames).Concat(Words(SpanishNames.Surnames)).Concat(extra));
    }

    /// <summary>The shipped list, plus <paramref name="path"/>'s names when one is given.</summary>
    public static NameList From(string? path) => path is null ? Shipped : WithFile(path);

    public bool Contains(string word) => names.Contains(Fold(word));

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // By hand rather than with Unicode normalization: the build runs in invariant globalization
    // mode, and Spanish needs only these letters folded.
    private static string Fold(string word) => string.Create(word.Length, word, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.ToLowerInvariant(source[i]) switch
            {
                'á' or 'à' or 'ä' or 'â' => 'a',
                'é' or 'è' or 'ë' or 'ê' => 'e',
                'í' or 'ì' or 'ï' or 'î' => 'i',
                'ó' or 'ò' or 'ö' or 'ô' => 'o',
                'ú' or 'ù' or 'ü' or 'û' => 'u',
                'ñ' => 'n',
                var other => other,
            };
        }
    });
}
