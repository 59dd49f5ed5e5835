using Intake.Server.Localization;

namespace Intake.Server.Pages;

/// <summary>The page shell: language, title, the one stylesheet, a language switch. No script, no external resource.</summary>
internal static class Layout
{
    public static string Render(SiteText text, string title, string path, string main)
    {
        var switcher = string.Concat(SiteLanguages.Supported.Select(code =>
        {
            var name = Html.Encode(SiteLanguages.For(code).LanguageName);
            return code == text.Code
                ? $"<li><span aria-current=\"true\" lang=\"{code}\">{name}</span></li>"
                : $"<li><a href=\"{Html.Encode(path)}?lang={code}\" lang=\"{code}\" hreflang=\"{code}\">{name}</a></li>";
        }));
        return $"""
            <!DOCTYPE html>
            <html lang="{text.Code}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer">
            <title>{Html.Encode(title)} · {Html.Encode(text.SiteTitle)}</title>
            <link rel="stylesheet" href="/site.css">
            </head>
            <body>
            <a class="skip" href="#main">{Html.Encode(text.SkipToContent)}</a>
            <header class="site">
            <p class="brand"><a href="/?lang={text.Code}">{Html.Encode(text.SiteTitle)}</a></p>
            <nav aria-label="{Html.Encode(text.LanguageSwitchLabel)}"><ul class="languages">{switcher}</ul></nav>
            </header>
            <main id="main">
            {main}
            </main>
            </body>
            </html>
            """;
    }
}
