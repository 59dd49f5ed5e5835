using System.Net;

namespace Intake.Review.Tests.Ui;

/// <summary>
/// One testimony: answers by section in the reader's language, the source's own words marked
/// with their language, attachments described but never served, and hostile text shown as text.
/// </summary>
public sealed class TestimonyPageTests
{
    private const string VenezuelaPath = "/t/11111111-0000-4000-8000-000000000001";
    private const string HostilePath = "/t/44444444-0000-4000-8000-000000000004";

    [Fact]
    public async Task Answers_are_grouped_by_section_in_the_readers_language_with_free_text_marked()
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        var html = await ui.PageAsync(VenezuelaPath + "?lang=en", cookie);
        Assert.Contains("<h1>Testimony 11111111</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>[en] Mission</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>[en] Venezuela</dd>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("[en] Mission", StringComparison.Ordinal) < html.IndexOf("[en] Story", StringComparison.Ordinal));
        Assert.DoesNotContain("[en] Empty", html, StringComparison.Ordinal);
        Assert.Contains("As the source wrote it, in Spanish", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"free-text\" lang=\"es\">Me quitaron el pasaporte al llegar.&#xA;Nunca vi el contrato.</div>", html, StringComparison.Ordinal);

        var portuguese = await ui.PageAsync(VenezuelaPath + "?lang=pt", cookie);
        Assert.Contains("<dd>[pt] Venezuela</dd>", portuguese, StringComparison.Ordinal);
        Assert.Contains("Como a fonte escreveu, em espanhol", portuguese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachments_are_listed_with_the_command_that_copies_them_and_never_served()
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        var html = await ui.PageAsync(VenezuelaPath + "?lang=en", cookie);
        Assert.Contains("<td class=\"file-name\">contrato.jpg</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>image/jpeg</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">2.4 MiB</td>", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"command\">review attachment 11111111-0000-4000-8000-000000000001 1 --out PATH</code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/t/11111111-0000-4000-8000-000000000001/", html, StringComparison.Ordinal);
        foreach (var guess in new[] { "/attachments/1", "/attachment/1", "/1", "/parts/1" })
        {
            using var response = await ui.GetAsync(VenezuelaPath + guess, cookie);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Markup_in_an_answer_or_a_file_name_is_shown_as_text()
    {
        await using var ui = await UiHarness.StartAsync();
        var html = await ui.PageAsync(HostilePath, await ui.SignInAsync());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.pdf", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_country_shows_a_dash_and_an_unknown_id_is_not_found()
    {
        await using var ui = await UiHarness.StartAsync();
        var cookie = await ui.SignInAsync();
        var html = await ui.PageAsync(HostilePath + "?lang=en", cookie);
        Assert.Contains("<dt>Country</dt><dd>—</dd>", html, StringComparison.Ordinal);
        using var missing = await ui.GetAsync("/t/99999999-0000-4000-8000-000000000009?lang=en", cookie);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var notAnId = await ui.GetAsync("/t/not-an-id", cookie);
        Assert.Equal(HttpStatusCode.NotFound, notAnId.StatusCode);
    }
}
