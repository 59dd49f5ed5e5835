using System.Globalization;
using Intake.Review.Coding;
using Intake.Review.Ui.Text;

namespace Intake.Review.Ui.Pages;

/// <summary>
/// The codes applied to a testimony, and the forms that add one (a code of the codebook,
/// with a value for an attribute, an optional passage of the narrative and a memo) or remove
/// one of this workspace's coder's own. Labels come from the codebook (es or en).
/// </summary>
internal static class CodingSection
{
    public const string CodeField = "code";
    public const string ValueField = "value";
    public const string StartField = "passage_start";
    public const string EndField = "passage_end";
    public const string MemoField = "memo";
    public const string CoderField = "coder";

    public static string Render(UiText text, Guid id, IReadOnlyList<CodeApplication> applications, string? coder, string formToken, string? error)
    {
        var codebook = Codebook.Load();
        var words = CodingWords.For(text.Code);
        var language = codebook.Codes[0].Texts.ContainsKey(text.Code) ? text.Code : Codebook.FallbackLanguage;
        var rows = applications.Count == 0
            ? $"<p>{UiHtml.Encode(words.None)}</p>"
            : "<ul class=\"codes\">\n" + string.Concat(applications.Select(a => Row(text, words, id, a, codebook.Find(a.CodeId)?.Text(language).Label, a.Coder == coder && !a.Adjudicated, formToken))) + "</ul>";
        var options = string.Concat(codebook.Codes.GroupBy(code => code.Kind).Select(group =>
            $"<optgroup label=\"{UiHtml.Encode(words.Kind(group.Key))}\">" +
            string.Concat(group.Select(code => $"<option value=\"{UiHtml.Encode(code.Id)}\">{UiHtml.Encode(code.Id)} — {UiHtml.Encode(code.Text(language).Label)}</option>")) +
            "</optgroup>"));
        var errorHtml = error is null ? string.Empty : $"<p class=\"field-error\" id=\"coding-error\" role=\"alert\">{UiHtml.Encode(error)}</p>";
        var coderInput = coder is null
            ? $"<label for=\"coder\">{UiHtml.Encode(words.Coder)}</label><input id=\"coder\" name=\"{CoderField}\" required maxlength=\"64\">"
            : $"<p>{UiHtml.Encode(words.CodingAs)} <strong>{UiHtml.Encode(coder)}</strong></p>";
        return $"""
            <section class="coding" id="coding">
            <h2>{UiHtml.Encode(words.Heading)}</h2>
            {rows}
            <form method="post" action="{PageAddress.TestimonyPath(id)}/codes">
            {UiHtml.Hidden(UiForms.FormTokenField, formToken)}
            {UiHtml.Hidden(PageAddress.LanguageParameter, text.Code)}
            {errorHtml}
            {coderInput}
            <label for="code">{UiHtml.Encode(words.Code)}</label>
            <select id="code" name="{CodeField}">{options}</select>
            <label for="code-value">{UiHtml.Encode(words.Value)}</label>
            <input id="code-value" name="{ValueField}" maxlength="{CodeValues.MaxTextLength.ToString(CultureInfo.InvariantCulture)}">
            <label for="passage-start">{UiHtml.Encode(words.Passage)}</label>
            <input id="passage-start" name="{StartField}" type="number" min="0" inputmode="numeric"> – <input id="passage-end" name="{EndField}" type="number" min="1" inputmode="numeric" aria-label="{UiHtml.Encode(words.PassageEnd)}">
            <label for="code-memo">{UiHtml.Encode(words.Memo)}</label>
            <textarea id="code-memo" name="{MemoField}" rows="2" maxlength="{CodingActions.MaxMemoLength.ToString(CultureInfo.InvariantCulture)}"></textarea>
            <button type="submit">{UiHtml.Encode(words.Add)}</button>
            </form>
            </section>
            """;
    }

    private static string Row(UiText text, CodingWords words, Guid id, CodeApplication a, string? label, bool removable, string formToken)
    {
        var value = a.Value is null ? string.Empty : $" = <strong>{UiHtml.Encode(a.Value)}</strong>";
        var passage = a.Passage is null ? words.Whole : string.Create(CultureInfo.InvariantCulture, $"{a.Passage.Start}–{a.Passage.End}");
        var memo = a.Memo is null ? string.Empty : $"<div class=\"code-memo\">{UiHtml.Encode(a.Memo)}</div>";
        var remove = !removable ? string.Empty : $"""
            <form class="inline" method="post" action="{PageAddress.TestimonyPath(id)}/codes/remove">
            {UiHtml.Hidden(UiForms.FormTokenField, formToken)}
            {UiHtml.Hidden(PageAddress.LanguageParameter, text.Code)}
            {UiHtml.Hidden(CodeField, a.CodeId)}
            {UiHtml.Hidden(StartField, a.Passage?.Start.ToString(CultureInfo.InvariantCulture) ?? string.Empty)}
            {UiHtml.Hidden(EndField, a.Passage?.End.ToString(CultureInfo.InvariantCulture) ?? string.Empty)}
            <button type="submit">{UiHtml.Encode(words.Remove)}</button>
            </form>
            """;
        var who = a.Adjudicated ? words.AdjudicatedBy : words.By;
        return $"<li><code>{UiHtml.Encode(a.CodeId)}</code>{value} {UiHtml.Encode(label ?? string.Empty)} <span class=\"code-meta\">({UiHtml.Encode(passage)}; {UiHtml.Encode(who)} {UiHtml.Encode(a.Coder)}; v{a.CodebookVersion})</span>{memo}{remove}</li>\n";
    }
}
