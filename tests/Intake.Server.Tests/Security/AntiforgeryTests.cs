using System.Net;
using Intake.Server.Localization;
using Intake.Server.Pages;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Security;

/// <summary>
/// A post is accepted only with the token of the form page and the cookie of the same session;
/// anything else is a 403 page and stores nothing.
/// </summary>
public sealed class AntiforgeryTests
{
    private static readonly SiteText Spanish = SiteLanguages.For("es");

    [Fact]
    public async Task The_same_form_with_its_own_token_and_cookie_is_stored()
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();

        var page = await browser.PostAsync("/submit?lang=es", WithFile(FormAnswers.Minimal(await browser.LoadFormAsync())));

        Assert.True(page.Status == HttpStatusCode.SeeOther, page.ToString());
        Assert.Single(await host.Submissions.ListCompleteAsync());
    }

    [Fact]
    public async Task A_post_without_a_token_is_refused_with_403_and_stores_nothing()
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();
        await browser.LoadFormAsync();

        var page = await browser.PostAsync("/submit?lang=es", WithFile(new MultipartBody().Fields(FormAnswers.Consents)));

        AssertRefused(host, page);
    }

    [Fact]
    public async Task A_post_whose_token_comes_after_the_answers_is_refused_with_403_and_stores_nothing()
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();
        var token = await browser.LoadFormAsync();

        var page = await browser.PostAsync("/submit?lang=es", WithFile(new MultipartBody().Fields(FormAnswers.Consents).Field("__token", token)));

        AssertRefused(host, page);
    }

    [Fact]
    public async Task A_post_with_an_empty_token_is_refused_with_403_and_stores_nothing()
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();
        await browser.LoadFormAsync();

        var page = await browser.PostAsync("/submit?lang=es", WithFile(FormAnswers.Minimal(string.Empty)));

        AssertRefused(host, page);
    }

    [Fact]
    public async Task A_post_with_the_token_but_without_the_cookie_is_refused_with_403_and_stores_nothing()
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();
        var token = await browser.LoadFormAsync();
        Assert.True(browser.Cookies.Remove("__intake_form"), "GET /form set no antiforgery cookie");

        var page = await browser.PostAsync("/submit?lang=es", WithFile(FormAnswers.Minimal(token)));

        AssertRefused(host, page);
    }

    [Fact]
    public async Task A_post_with_the_token_of_another_session_is_refused_with_403_and_stores_nothing()
    {
        await using var host = await IntakeHost.StartAsync();
        using var source = host.NewBrowser();
        using var other = host.NewBrowser();
        await source.LoadFormAsync();
        var othersToken = await other.LoadFormAsync();
        Assert.NotEqual(source.Cookies["__intake_form"], other.Cookies["__intake_form"]);

        var page = await source.PostAsync("/submit?lang=es", WithFile(FormAnswers.Minimal(othersToken)));

        AssertRefused(host, page);
    }

    [Fact]
    public async Task A_post_with_the_token_in_a_header_instead_of_the_form_is_refused_with_403_and_stores_nothing()
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();
        var token = await browser.LoadFormAsync();

        var page = await browser.PostAsync(
            "/submit?lang=es",
            WithFile(new MultipartBody().Fields(FormAnswers.Consents)),
            request => request.Headers.Add("X-Intake-Form-Token", token));

        AssertRefused(host, page);
    }

    private static MultipartBody WithFile(MultipartBody body) =>
        body.File("prueba.jpg", "image/jpeg", () => new SeededStream(21, 200 * 1024), 200 * 1024);

    private static void AssertRefused(IntakeHost host, Page page)
    {
        Assert.True(page.Status == HttpStatusCode.Forbidden, page.ToString());
        Assert.Contains("<html lang=\"es\">", page.Body, StringComparison.Ordinal);
        Assert.Contains(Html.Encode(Spanish.ErrorForbidden), page.Body, StringComparison.Ordinal);
        var counts = host.Database.Count();
        Assert.True(counts.IsEmpty, $"left behind: {counts}");
    }
}
