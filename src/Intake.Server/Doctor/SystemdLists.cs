namespace Intake.Server.Doctor;

/// <summary>
/// What systemd makes of a list setting assigned several times: an empty assignment resets it,
/// and a leading "~" turns the words into a deny list (first assignment) or removes them.
/// </summary>
internal static class SystemdLists
{
    /// <summary>
    /// RestrictAddressFamilies= and SystemCallFilter=: whether the result is an allow list (null
    /// when unset) and its words. The first assignment decides allow or deny; later ones add
    /// words of the same kind and remove those of the other.
    /// </summary>
    public static (bool? Allow, HashSet<string> Words) AllowOrDeny(SystemdUnit unit, string key)
    {
        ArgumentNullException.ThrowIfNull(unit);
        bool? allow = null;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in unit.Values(key))
        {
            if (value.Length == 0 || value == "none")
            {
                // "none" (address families) is an empty allow list; "" forgets everything.
                allow = value.Length == 0 ? null : true;
                words.Clear();
                continue;
            }

            var invert = value.StartsWith('~');
            allow ??= !invert;
            foreach (var word in Words(value.TrimStart('~')).Select(word => word.Split(':')[0]))
            {
                if (invert != allow)
                {
                    words.Add(word);
                }
                else
                {
                    words.Remove(word);
                }
            }
        }

        return (allow, words);
    }

    /// <summary>
    /// CapabilityBoundingSet=: every capability but those listed when <c>All</c>, else only
    /// those listed. "" empties the set, "~" fills it; later lines merge by OR, or by AND with "~".
    /// </summary>
    public static (bool All, HashSet<string> Listed) Capabilities(SystemdUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var all = true;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var assigned = false;
        foreach (var value in unit.Values("CapabilityBoundingSet"))
        {
            var invert = value.StartsWith('~');
            var words = Words(value.TrimStart('~')).ToList();
            if (!assigned || words.Count == 0)
            {
                all = invert;
                listed = [.. words];
            }
            else if (invert == all)
            {
                // Removing from "all but" or adding to "only": one more word listed.
                listed.UnionWith(words);
            }
            else
            {
                listed.ExceptWith(words);
            }

            assigned = true;
        }

        return (all, listed);
    }

    private static IEnumerable<string> Words(string value) =>
        value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(word => word.Trim('"'));
}
