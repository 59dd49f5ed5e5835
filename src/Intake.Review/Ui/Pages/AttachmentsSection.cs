using System.Globalization;
using Intake.Review.Ui.Text;
using Intake.Review.Workspace;

namespace Intake.Review.Ui.Pages;

/// <summary>
/// The attachments as the source's manifest describes them. The UI never serves their content:
/// a browser could render or run it; `review attachment` copies one out with its metadata removed.
/// </summary>
internal static class AttachmentsSection
{
    public static string Render(UiText text, TestimonyDetail detail)
    {
        if (detail.Attachments.Count == 0)
        {
            return $"<section class=\"attachments\" id=\"attachments\"><h2>{UiHtml.Encode(text.Attachments)}</h2><p>{UiHtml.Encode(text.NoAttachments)}</p></section>";
        }
        var id = detail.Summary.Id;
        var rows = string.Concat(detail.Attachments.Select(attachment => $"""
            <tr>
            <td class="number">{attachment.PartIndex.ToString(CultureInfo.InvariantCulture)}</td>
            <td class="file-name">{UiHtml.Encode(attachment.FileName)}</td>
            <td>{UiHtml.Encode(attachment.DeclaredType)}</td>
            <td class="number">{UiHtml.Encode(UiHtml.Size(attachment.Size))}</td>
            <td><code class="command">review attachment {id:D} {attachment.PartIndex.ToString(CultureInfo.InvariantCulture)} --out PATH</code></td>
            </tr>

            """));
        return $"""
            <section class="attachments" id="attachments">
            <h2>{UiHtml.Encode(text.Attachments)}</h2>
            <p class="hint">{UiHtml.Encode(text.AttachmentsHint)}</p>
            <div class="table-scroll">
            <table>
            <thead><tr><th scope="col">{UiHtml.Encode(text.AttachmentNumber)}</th><th scope="col">{UiHtml.Encode(text.FileName)}</th><th scope="col">{UiHtml.Encode(text.DeclaredType)}</th><th scope="col">{UiHtml.Encode(text.Size)}</th><th scope="col">{UiHtml.Encode(text.CopyCommand)}</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table>
            </div>
            </section>
            """;
    }
}
