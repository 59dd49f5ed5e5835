using System.Text;

namespace Intake.Review.Workspace;

/// <summary>File names for identities/NAME.age: derived from the label, safe on any file system, never reused.</summary>
internal static class IdentityNames
{
    private const int MaximumLength = 40;
    private const string Fallback = "reviewer";

    // Spanish and Portuguese letters keep their base letter ("María" → "maria"): this build runs
    // without ICU, so Unicode decomposition is not available.
    private const string Accented = "áàâãäéèêëíìîïóòôõöúùûüñç";
    private const string Unaccented = "aaaaaeeeeiiiiooooouuuunc";

    public static string Choose(string? label, ICollection<string> taken)
    {
        var stem = Stem(label);
        var name = stem;
        for (var n = 2; taken.Contains(name); n++)
        {
            name = $"{stem}-{n}";
        }
        return name;
    }

    private static string Stem(string? label)
    {
        var stem = new StringBuilder();
        foreach (var letter in (label ?? string.Empty).ToLowerInvariant())
        {
            var accent = Accented.IndexOf(letter, StringComparison.Ordinal);
            var c = accent < 0 ? letter : Unaccented[accent];
            var keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (keep)
            {
                stem.Append(c);
            }
            else if (stem.Length > 0 && stem[^1] != '-')
            {
                stem.Append('-');
            }
            if (stem.Length >= MaximumLength)
            {
                break;
            }
        }
        var text = stem.ToString().Trim('-');
        return text.Length == 0 ? Fallback : text;
    }
}
