using Intake.Review.Ui.Text;

namespace Intake.Review.Ui.Pages;

/// <summary>The page shell: language, title, the one stylesheet, the reader-language switch. No script, nothing from elsewhere.</summary>
internal static class UiLayout
{
    public static string Render(UiText text, string title, PageAddress address, string main)
    {
        var switcher = string.Concat(UiLanguages.Supported.Select(code =>
        {
            var name = UiHtml.Encode(UiLanguages.For(code).LanguageName);
            return code == text.Code
                ? $"<li><span aria-current=\"true\" lang=\"{code}\">{name}</span></li>"
                : $"<li><a href=\"{UiHtml.Encode(address.InLanguage(code).ToString())}\" lang=\"{code}\" hreflang=\"{code}\">{name}</a></li>";
        }));
        return $"""
            <!DOCTYPE html>
            <html lang="{text.Code}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>{UiHtml.Encode(title)} · {UiHtml.Encode(text.AppTitle)}</title>
            <link rel="stylesheet" href="{Stylesheet.Path}">
            </head>
            <body>
            <header class="site">
            <p class="brand"><a href="{UiHtml.Encode(PageAddress.List(text.Code).ToString())}">{UiHtml.Encode(text.AppTitle)}</a></p>
            <nav aria-label="{UiHtml.Encode(text.ReaderLanguageLabel)}"><span class="nav-label">{UiHtml.Encode(text.ReaderLanguageLabel)}:</span> <ul class="languages">{switcher}</ul></nav>
            </header>
            <main id="main">
            {main}
            </main>
            <footer><p>{UiHtml.Encode(text.LocalOnlyNotice)}</p></footer>
            </body>
            </html>
            """;
    }
}
