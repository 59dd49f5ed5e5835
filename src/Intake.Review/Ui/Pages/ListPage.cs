using System.Globalization;
using Intake.Review.Ui.Text;
using Intake.Review.Workspace;

namespace Intake.Review.Ui.Pages;

/// <summary>The testimonies, newest day first, with a GET filter form that needs no script.</summary>
internal static class ListPage
{
    public static string Render(UiText text, IReadOnlyList<TestimonySummary> all, ListFilter filter)
    {
        var shown = all.Where(filter.Matches).ToList();
        var problems = filter.InvalidDays.Count == 0
            ? string.Empty
            : $"<div class=\"error-summary\" role=\"alert\"><ul>{string.Concat(filter.InvalidDays.Select(value => $"<li>{UiHtml.Encode(text.InvalidDay(value))}</li>"))}</ul></div>";
        var results = shown.Count > 0 ? Table(text, shown)
            : all.Count == 0 ? $"<p class=\"notice\">{UiHtml.Encode(text.NothingImported)}</p>"
            : $"<p class=\"notice\">{UiHtml.Encode(text.ListEmpty)}</p>";
        return UiLayout.Render(text, text.ListHeading, filter.Address(text.Code), $"""
            <h1>{UiHtml.Encode(text.ListHeading)}</h1>
            {problems}
            {Form(text, all, filter)}
            <p class="count" id="count">{UiHtml.Encode(text.ListCount(shown.Count, all.Count))}</p>
            {results}
            """);
    }

    private static string Form(UiText text, IReadOnlyList<TestimonySummary> all, ListFilter filter)
    {
        var countries = all.Select(summary => summary.Country).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var sectors = all.Select(summary => summary.Sector).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var statuses = StatusValues.All.Select(status => (StatusValues.Of(status), text.StatusName(status)));
        return $"""
            <form class="filters" method="get" action="/">
            <fieldset>
            <legend>{UiHtml.Encode(text.FilterHeading)}</legend>
            {UiHtml.Hidden(PageAddress.LanguageParameter, text.Code)}
            <div class="filter-row">
            {DayInput(ListFilter.DayField, text.FilterDay, filter.Day)}
            {DayInput(ListFilter.FromField, text.FilterFrom, filter.From)}
            {DayInput(ListFilter.ToField, text.FilterTo, filter.To)}
            </div>
            <div class="filter-row">
            {Select(ListFilter.CountryField, text.Country, text.FilterAny, countries.Select(code => (code, code)), filter.Country)}
            {Select(ListFilter.SectorField, text.Sector, text.FilterAny, sectors.Select(code => (code, code)), filter.Sector)}
            {Select(ListFilter.StatusField, text.Status, text.FilterAny, statuses, filter.Status is { } status ? StatusValues.Of(status) : null)}
            </div>
            <p class="actions"><button type="submit">{UiHtml.Encode(text.FilterApply)}</button>
            <a class="secondary" href="{UiHtml.Encode(PageAddress.List(text.Code).ToString())}">{UiHtml.Encode(text.FilterClear)}</a></p>
            </fieldset>
            </form>
            """;
    }

    private static string DayInput(string name, string label, DateOnly? value) => $"""
        <p class="field"><label for="f-{name}">{UiHtml.Encode(label)}</label>
        <input type="date" id="f-{name}" name="{name}" value="{IsoDay.ToText(value)}"></p>
        """;

    private static string Select(string name, string label, string any, IEnumerable<(string Value, string Label)> options, string? selected)
    {
        var items = string.Concat(options.Select(option =>
            $"<option value=\"{UiHtml.Encode(option.Value)}\"{(string.Equals(option.Value, selected, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty)}>{UiHtml.Encode(option.Label)}</option>"));
        return $"""
            <p class="field"><label for="f-{name}">{UiHtml.Encode(label)}</label>
            <select id="f-{name}" name="{name}"><option value="">{UiHtml.Encode(any)}</option>{items}</select></p>
            """;
    }

    private static string Table(UiText text, IReadOnlyList<TestimonySummary> shown)
    {
        var rows = string.Concat(shown.Select(summary => $"""
            <tr>
            <td>{IsoDay.ToText(summary.Day)}</td>
            <td><a href="{UiHtml.Encode(PageAddress.Testimony(summary.Id, text.Code).ToString())}"><code>{ShortId(summary.Id)}</code></a></td>
            <td>{UiHtml.Encode(text.NameOfLanguage(summary.SourceLanguage))}</td>
            <td>{UiHtml.Encode(summary.Country ?? "—")}</td>
            <td>{UiHtml.Encode(summary.Sector ?? "—")}</td>
            <td>{UiHtml.Encode(text.StatusName(summary.Status))}</td>
            <td class="number">{summary.AttachmentCount.ToString(CultureInfo.InvariantCulture)}</td>
            </tr>

            """));
        return $"""
            <div class="table-scroll">
            <table class="testimonies">
            <thead><tr><th scope="col">{UiHtml.Encode(text.Day)}</th><th scope="col">{UiHtml.Encode(text.Testimony)}</th><th scope="col">{UiHtml.Encode(text.SourceLanguage)}</th><th scope="col">{UiHtml.Encode(text.Country)}</th><th scope="col">{UiHtml.Encode(text.Sector)}</th><th scope="col">{UiHtml.Encode(text.Status)}</th><th scope="col">{UiHtml.Encode(text.Attachments)}</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table>
            </div>
            """;
    }

    /// <summary>The first 8 hex digits: enough to tell testimonies apart on a screen; the page shows the whole id.</summary>
    public static string ShortId(Guid id) => id.ToString("N", CultureInfo.InvariantCulture)[..8];
}
