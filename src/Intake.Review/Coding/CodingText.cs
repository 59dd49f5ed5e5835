using Intake.Review.Commands;

namespace Intake.Review.Coding;

/// <summary>The codebook and a testimony's codes as the command line prints them.</summary>
internal static class CodingText
{
    public static void WriteCodebook(TextWriter output, Codebook codebook, string language)
    {
        output.WriteLine($"Codebook {codebook.Id}, version {codebook.Version}: {codebook.Description.GetValueOrDefault(language, codebook.Description[Codebook.FallbackLanguage])}");
        foreach (var group in codebook.Codes.GroupBy(code => code.Kind))
        {
            output.WriteLine();
            foreach (var code in group)
            {
                var values = code.IsPresence ? string.Empty : $" [{(code.ValueType == CodeValueType.Choice ? string.Join("|", code.Values!) : Snake(code.ValueType))}]";
                output.WriteLine($"{code.Id}{values}  {code.Text(language).Label}");
            }
        }
    }

    public static void WriteApplications(TextWriter output, Codebook codebook, string language, Guid testimonyId, int narrativeLength, IReadOnlyList<CodeApplication> applications)
    {
        output.WriteLine($"Testimony {testimonyId}: narrative of {narrativeLength} characters; {applications.Count} code application(s).");
        foreach (var a in applications)
        {
            var label = codebook.Find(a.CodeId)?.Text(language).Label ?? "(not in this codebook)";
            var value = a.Value is null ? string.Empty : $" = {TerminalText.Safe(a.Value)}";
            var kind = a.Adjudicated ? "adjudicated by" : "coder";
            output.WriteLine($"  {a.CodeId}{value}  {label}; {PassageText.Format(a.Passage)}; {kind} \"{a.Coder}\"; codebook v{a.CodebookVersion}");
            if (a.Memo is not null)
            {
                output.WriteLine($"    memo: {TerminalText.Safe(a.Memo)}");
            }
        }
    }

    private static string Snake(CodeValueType type) => type switch
    {
        CodeValueType.YesNo => "yes|no",
        CodeValueType.Years => "YYYY or YYYY-YYYY",
        CodeValueType.Percent => "0-100",
        CodeValueType.Country => "ISO 3166 alpha-2",
        _ => "text",
    };
}
