namespace Intake.Review.Coding;

/// <summary>What a codebook must satisfy before anyone codes with it.</summary>
internal static class CodebookCheck
{
    public static void Check(Codebook codebook)
    {
        var duplicate = codebook.Codes.GroupBy(code => code.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"The codebook defines \"{duplicate.Key}\" more than once; ids must be unique.");
        }
        foreach (var code in codebook.Codes)
        {
            CheckCode(code);
        }
    }

    private static void CheckCode(CodeDefinition code)
    {
        if ((code.Kind == CodeKind.Attribute) == code.IsPresence)
        {
            throw new FormatException($"Code {code.Id}: attributes take values and only attributes do.");
        }
        if ((code.ValueType == CodeValueType.Choice) != (code.Values is { Count: > 0 }))
        {
            throw new FormatException($"Code {code.Id}: a choice lists its values, and only a choice does.");
        }
        foreach (var language in Codebook.Languages)
        {
            if (!code.Texts.TryGetValue(language, out var text)
                || new[] { text.Label, text.Definition, text.Inclusion, text.Exclusion }.Any(string.IsNullOrWhiteSpace)
                || text.Examples.Count == 0)
            {
                throw new FormatException($"Code {code.Id} lacks a label, definition, inclusion and exclusion notes or examples in \"{language}\".");
            }
        }
        var hash = CodeMeaning.Hash(code);
        if (!string.Equals(hash, code.MeaningSha256, StringComparison.Ordinal))
        {
            throw new FormatException(
                $"The meaning of code {code.Id} changed but its recorded hash did not (now {hash}). A code's meaning never changes silently: " +
                "give the changed code a new id, or, if the edit does not change what is coded, record the new hash and raise the codebook version.");
        }
    }
}
