using System.Net;
using Intake.Review.Coding;
using Intake.Review.Tests.Ui;

namespace Intake.Review.Tests.Coding;

/// <summary>The coding section of the testimony page: lists, adds and removes codes through the session's forms.</summary>
public sealed class CodingUiTests
{
    [Fact]
    public async Task A_posted_code_is_stored_with_the_coder_and_shown_after_the_redirect()
    {
        using var coded = new CodedWorkspace();
        await using var ui = await UiHarness.StartAsync(coded.Test.Workspace);
        var cookie = await ui.SignInAsync();
        var path = $"/t/{coded.Id:D}";
        var page = await ui.PageAsync(path + "?lang=es", cookie);
        Assert.Contains("<h2>Codificación</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ilo.deception\">ilo.deception — Engaño</option>", page, StringComparison.Ordinal);
        var token = UiHarness.FormToken(page);

        using var added = await ui.PostAsync(path + "/codes", new Dictionary<string, string>
        {
            ["form_token"] = token, ["lang"] = "es", ["code"] = "ilo.retention_of_documents", ["value"] = "",
            ["passage_start"] = "0", ["passage_end"] = "36", ["memo"] = "<b>claro</b>", ["coder"] = "ana",
        }, cookie);

        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        Assert.Equal(path + "?lang=es#coding", added.Headers.Location?.OriginalString);
        Assert.Equal(new CodeApplication(coded.Id, "ilo.retention_of_documents", null, new TextPassage(0, 36), "ana", 1, "<b>claro</b>", false), Assert.Single(coded.Test.Workspace.Coding.All()));
        var after = await ui.PageAsync(path + "?lang=es", cookie);
        Assert.Contains("<code>ilo.retention_of_documents</code> Retención de documentos de identidad", after, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;claro&lt;/b&gt;", after, StringComparison.Ordinal);
        Assert.Contains("Codifica como <strong>ana</strong>", after, StringComparison.Ordinal);

        using var removed = await ui.PostAsync(path + "/codes/remove", new Dictionary<string, string>
        {
            ["form_token"] = token, ["code"] = "ilo.retention_of_documents", ["passage_start"] = "0", ["passage_end"] = "36",
        }, cookie);
        Assert.Equal(HttpStatusCode.SeeOther, removed.StatusCode);
        Assert.Empty(coded.Test.Workspace.Coding.All());
    }

    [Fact]
    public async Task A_refused_code_shows_why_and_a_post_without_the_token_is_forbidden()
    {
        using var coded = new CodedWorkspace();
        await using var ui = await UiHarness.StartAsync(coded.Test.Workspace);
        var cookie = await ui.SignInAsync();
        var path = $"/t/{coded.Id:D}";
        var token = UiHarness.FormToken(await ui.PageAsync(path, cookie));

        using var refused = await ui.PostAsync(path + "/codes", new Dictionary<string, string>
        {
            ["form_token"] = token, ["code"] = "attr.pay_withheld_percent", ["value"] = "150", ["coder"] = "ana",
        }, cookie);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("percentage from 0 to 100", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var forged = await ui.PostAsync(path + "/codes", new Dictionary<string, string> { ["code"] = "ilo.deception", ["coder"] = "ana" }, cookie);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Empty(coded.Test.Workspace.Coding.All());
    }
}
