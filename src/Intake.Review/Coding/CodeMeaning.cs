using System.Security.Cryptography;
using System.Text;

namespace Intake.Review.Coding;

/// <summary>
/// The SHA-256 of what a code means: id, kind, value type, level, allowed values and, per
/// language, label, definition, inclusion and exclusion notes and examples. Any change to
/// these changes the hash, so it cannot pass unnoticed.
/// </summary>
public static class CodeMeaning
{
    public static string Hash(CodeDefinition code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var parts = new List<string>
        {
            code.Id,
            Snake(code.Kind.ToString()),
            Snake(code.ValueType.ToString()),
            Snake(code.Level.ToString()),
            string.Join('|', code.Values ?? []),
        };
        foreach (var (language, text) in code.Texts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            parts.AddRange([language, text.Label, text.Definition, text.Inclusion, text.Exclusion, string.Join('\u001f', text.Examples)]);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))));
    }

    // The JSON spelling of the enums (IloIndicator → ilo_indicator), so the hash is over the file's words.
    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i == 0 ? string.Empty : "_") + char.ToLowerInvariant(c) : c.ToString()));
}
