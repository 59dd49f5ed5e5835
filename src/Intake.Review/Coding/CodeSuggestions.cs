namespace Intake.Review.Coding;

/// <summary>The code ids nearest a mistyped one, for the refusal message.</summary>
internal static class CodeSuggestions
{
    private const int Count = 3;

    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> ids)
    {
        var lower = wanted.ToLowerInvariant();
        var candidates = ids.ToList();
        var containing = candidates.Where(id => lower.Length >= 3 && id.Contains(lower, StringComparison.Ordinal)).Take(Count).ToList();
        return containing.Count > 0
            ? containing
            : [.. candidates.OrderBy(id => Distance(lower, id)).ThenBy(id => id, StringComparer.Ordinal).Take(Count)];
    }

    // Levenshtein distance over two rows.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
