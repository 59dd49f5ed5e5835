using System.Net;
using Intake.Review.Workspace;

namespace Intake.Review.Tests.Ui;

/// <summary>
/// The two forms that write: a note and a status. Both need the session's form token (a page
/// elsewhere cannot post into the UI), store through the catalog, and answer with a redirect.
/// </summary>
public sealed class NoteAndStatusTests
{
    private static readonly Guid Id = SampleTestimonies.Venezuela;
    private static readonly string PagePath = $"/t/{Id:D}";

    [Fact]
    public async Task A_note_is_stored_through_the_catalog_and_shown_after_the_redirect()
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        var token = UiHarness.FormToken(await ui.PageAsync(PagePath, cookie));
        const string note = "Coherente con <otros> casos de VE.\nRevisar el adjunto.";
        using var response = await ui.PostAsync(PagePath + "/notes", Form(token, ("note", note), ("lang", "en")), cookie);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(PagePath + "?lang=en#notes", response.Headers.Location?.OriginalString);
        Assert.Equal(note, Assert.Single(ui.Catalog.Notes(Id)).Text);
        var html = await ui.PageAsync(PagePath + "?lang=en", cookie);
        Assert.Contains("<div class=\"note-text\">Coherente con &lt;otros&gt; casos de VE.&#xA;Revisar el adjunto.</div>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note-day\">2025-06-01</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-the-token")]
    public async Task A_note_without_the_form_token_is_refused(string? token)
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        var fields = new List<(string, string)> { ("note", "posted from elsewhere") };
        if (token is not null)
        {
            fields.Add(("form_token", token));
        }
        using var response = await ui.PostAsync(PagePath + "/notes", Form(null, [.. fields]), cookie);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(ui.Catalog.Notes(Id));
    }

    [Fact]
    public async Task The_form_token_of_another_run_or_a_post_without_the_session_is_refused()
    {
        await using var ui = await UiHarness.StartAsync();
        await using var other = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        var token = UiHarness.FormToken(await ui.PageAsync(PagePath, cookie));
        var otherToken = UiHarness.FormToken(await other.PageAsync(PagePath, await other.SignInAsync()));
        Assert.NotEqual(token, otherToken);
        using var foreign = await ui.PostAsync(PagePath + "/notes", Form(otherToken, ("note", "x")), cookie);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        using var noSession = await ui.PostAsync(PagePath + "/notes", Form(token, ("note", "x")), cookie: null);
        Assert.Equal(HttpStatusCode.Forbidden, noSession.StatusCode);
        Assert.Empty(ui.Catalog.Notes(Id));
    }

    [Theory]
    [InlineData("   ", "Write the note before adding it.")]
    [InlineData(null, "A note can have at most 20000 characters.")]
    public async Task An_empty_or_overlong_note_comes_back_with_the_reason_and_the_draft(string? note, string reason)
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        var token = UiHarness.FormToken(await ui.PageAsync(PagePath, cookie));
        var text = note ?? new string('n', 20_001);
        using var response = await ui.PostAsync(PagePath + "/notes", Form(token, ("note", text), ("lang", "en")), cookie);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Contains(">\n" + text + "</textarea>", html, StringComparison.Ordinal);
        Assert.Empty(ui.Catalog.Notes(Id));
    }

    [Fact]
    public async Task A_note_on_an_unknown_testimony_is_not_found()
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        var token = UiHarness.FormToken(await ui.PageAsync(PagePath, cookie));
        using var response = await ui.PostAsync("/t/99999999-0000-4000-8000-000000000009/notes", Form(token, ("note", "x")), cookie);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_status_changes_through_the_catalog()
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        var token = UiHarness.FormToken(await ui.PageAsync(PagePath, cookie));
        using var response = await ui.PostAsync(PagePath + "/status", Form(token, ("status", "in_review"), ("lang", "pt")), cookie);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(PagePath + "?lang=pt", response.Headers.Location?.OriginalString);
        Assert.Equal(TestimonyStatus.InReview, ui.Catalog.List().Single(summary => summary.Id == Id).Status);
        var html = await ui.PageAsync(PagePath + "?lang=pt", cookie);
        Assert.Contains("<dd id=\"status\">Em revisão</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"in_review\" selected>Em revisão</option>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "done", HttpStatusCode.Forbidden)]
    [InlineData("token", "archived", HttpStatusCode.BadRequest)]
    public async Task A_status_without_the_form_token_or_unknown_is_refused(string? withToken, string status, HttpStatusCode expected)
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        var token = UiHarness.FormToken(await ui.PageAsync(PagePath, cookie));
        using var response = await ui.PostAsync(PagePath + "/status", Form(withToken is null ? null : token, ("status", status)), cookie);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(TestimonyStatus.New, ui.Catalog.List().Single(summary => summary.Id == Id).Status);
    }

    private static Dictionary<string, string> Form(string? token, params (string Name, string Value)[] fields)
    {
        var form = fields.ToDictionary(field => field.Name, field => field.Value);
        if (token is not null)
        {
            form["form_token"] = token;
        }
        return form;
    }
}
