using Intake.Server.Localization;

namespace Intake.Server.Hosting;

/// <summary>
/// The page language: chosen on the page (?lang=), remembered in a strictly same-site
/// cookie, Spanish otherwise. Never taken from Accept-Language, which would make the
/// server depend on (and tempt it to record) a fingerprintable request header.
/// </summary>
public static class LanguageSelection
{
    public const string CookieName = "lang";

    public static SiteText Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requested = context.Request.Query["lang"].ToString();
        if (SiteLanguages.IsSupported(requested))
        {
            context.Response.Cookies.Append(CookieName, requested, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                IsEssential = true,
                Path = "/",
            });
            return SiteLanguages.For(requested);
        }
        var remembered = context.Request.Cookies[CookieName];
        return SiteLanguages.For(SiteLanguages.IsSupported(remembered) ? remembered : SiteLanguages.Default);
    }
}
