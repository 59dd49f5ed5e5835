using System.Net;
using System.Text.RegularExpressions;

namespace Intake.Review.Tests.Ui;

/// <summary>The list shows the right rows for each filter of the GET form, and says what it did with a bad day.</summary>
public sealed partial class ListPageTests
{
    [Theory]
    [InlineData("/", "44444444 33333333 22222222 11111111")]
    [InlineData("/?country=BR", "22222222")]
    [InlineData("/?country=br", "22222222")]
    [InlineData("/?sector=medicine", "22222222 11111111")]
    [InlineData("/?status=new", "44444444 11111111")]
    [InlineData("/?status=in_review", "22222222")]
    [InlineData("/?status=done", "33333333")]
    [InlineData("/?day=2025-04-02", "22222222")]
    [InlineData("/?from=2025-04-01", "44444444 33333333 22222222")]
    [InlineData("/?to=2025-04-02", "22222222 11111111")]
    [InlineData("/?from=2025-04-01&to=2025-04-30", "33333333 22222222")]
    [InlineData("/?from=2025-04-01&to=2025-04-30&sector=medicine&status=in_review&country=BR", "22222222")]
    [InlineData("/?day=&from=&to=&country=&sector=&status=&lang=en", "44444444 33333333 22222222 11111111")]
    [InlineData("/?country=VE&sector=nursing", "")]
    [InlineData("/?day=2025-01-01", "")]
    public async Task Filters_return_the_matching_rows_in_catalog_order(string query, string expected)
    {
        await using var ui = await UiHarness.StartAsync();
        var html = await ui.PageAsync(query, await ui.SignInAsync());
        Assert.Equal(expected, string.Join(' ', Rows(html)));
        if (expected.Length == 0)
        {
            Assert.Contains("Ningún testimonio coincide", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_form_keeps_the_chosen_filters_and_offers_the_catalogs_countries()
    {
        await using var ui = await UiHarness.StartAsync();
        var html = await ui.PageAsync("/?country=MX&status=done&from=2025-04-01&lang=en", await ui.SignInAsync());
        Assert.Contains("<form class=\"filters\" method=\"get\" action=\"/\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"MX\" selected>MX</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"BR\">BR</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"done\" selected>Done</option>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"from\" value=\"2025-04-01\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"lang\" value=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Showing 1 of 4 testimonies.", html, StringComparison.Ordinal);
        // Switching the reader language keeps the filters.
        Assert.Contains("href=\"/?from=2025-04-01&amp;country=MX&amp;status=done&amp;lang=pt\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_that_is_not_a_day_is_reported_and_left_out()
    {
        await using var ui = await UiHarness.StartAsync();
        using var response = await ui.GetAsync("/?from=yesterday&country=VE&lang=en", await ui.SignInAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("“yesterday” is not a day", html, StringComparison.Ordinal);
        Assert.Equal(["11111111"], Rows(html));
    }

    [Fact]
    public async Task An_empty_workspace_says_how_to_import_rather_than_blaming_the_filters()
    {
        await using var ui = await UiHarness.StartAsync(new InMemoryCatalog());
        var html = await ui.PageAsync("/?lang=en", await ui.SignInAsync());
        Assert.Contains("Showing 0 of 0 testimonies.", html, StringComparison.Ordinal);
        Assert.Contains("import a bundle with `review import BUNDLE`", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No testimony matches these filters.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Testimonios", "Día de recepción", "Nuevo")]
    [InlineData("en", "Testimonies", "Day received", "New")]
    [InlineData("pt", "Depoimentos", "Dia de recebimento", "Novo")]
    [InlineData("xx", "Testimonios", "Día de recepción", "Nuevo")]
    public async Task The_reader_chooses_the_language(string language, string heading, string dayColumn, string newStatus)
    {
        await using var ui = await UiHarness.StartAsync();
        var html = await ui.PageAsync($"/?lang={language}", await ui.SignInAsync());
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"col\">{dayColumn}</th>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{newStatus}</td>", html, StringComparison.Ordinal);
    }

    /// <summary>The short ids of the table's rows, in order.</summary>
    private static List<string> Rows(string html) => RowLink().Matches(html).Select(match => match.Groups[1].Value).ToList();

    [GeneratedRegex("<td><a href=\"/t/[0-9a-f-]{36}\\?lang=[a-z]{2}\"><code>([0-9a-f]{8})</code></a></td>")]
    private static partial Regex RowLink();
}
