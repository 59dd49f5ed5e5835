using Intake.Review.Coding;

namespace Intake.Review.Ui.Pages;

/// <summary>The coding section's own words in the UI's languages (the codes' labels come from the codebook).</summary>
internal sealed record CodingWords(
    string Heading, string None, string Code, string Value, string Passage, string PassageEnd, string Memo, string Add, string Remove,
    string Whole, string By, string AdjudicatedBy, string Coder, string CodingAs, string Indicators, string Palermo, string Attributes)
{
    private static readonly CodingWords Spanish = new(
        "Codificación", "Aún no se ha aplicado ningún código.", "Código", "Valor (solo atributos)", "Pasaje del relato (caracteres desde–hasta, opcional)",
        "hasta", "Memo (opcional)", "Aplicar código", "Quitar", "todo el testimonio", "codificador", "adjudicado por",
        "Su nombre de codificador (se recuerda)", "Codifica como", "Indicadores de la OIT", "Protocolo de Palermo", "Atributos del caso");

    private static readonly CodingWords English = new(
        "Coding", "No code has been applied yet.", "Code", "Value (attributes only)", "Passage of the narrative (characters from–to, optional)",
        "to", "Memo (optional)", "Apply code", "Remove", "whole testimony", "coder", "adjudicated by",
        "Your coder name (remembered)", "Coding as", "ILO indicators", "Palermo Protocol", "Case attributes");

    public static CodingWords For(string language) => language == "es" ? Spanish : English;

    public string Kind(CodeKind kind) => kind switch
    {
        CodeKind.IloIndicator => Indicators,
        CodeKind.Attribute => Attributes,
        _ => $"{Palermo}: {kind.ToString()["Palermo".Length..].ToLowerInvariant()}",
    };
}
