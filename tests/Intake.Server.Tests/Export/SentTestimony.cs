using System.Net;
using System.Security.Cryptography;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Export;

/// <summary>A file a source attached, as sent.</summary>
internal sealed record SentFile(string Name, string Type, byte[] Contents)
{
    public string Sha256Hex => Convert.ToHexStringLower(SHA256.HashData(Contents));
}

/// <summary>A testimony sent through the real form, and the id the server stored it under.</summary>
internal sealed record SentTestimony(Guid Id, string Narrative, IReadOnlyList<SentFile> Files)
{
    /// <summary>Posts the minimal form with a narrative and files; the new row in the database gives the id.</summary>
    public static async Task<SentTestimony> SubmitAsync(Uri server, SubmissionRows rows, string narrative, params SentFile[] files)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var before = rows.Ids();
        using var browser = new Browser(server);
        var body = FormAnswers.Minimal(await browser.LoadFormAsync()).Field("narrative", narrative);
        foreach (var file in files)
        {
            body.File(file.Name, file.Type, file.Contents);
        }

        var page = await browser.PostAsync("/submit?lang=es", body);

        Assert.True(page.Status == HttpStatusCode.SeeOther, page.ToString());
        return new SentTestimony(Assert.Single(rows.Ids().Except(before)), narrative, files);
    }
}
