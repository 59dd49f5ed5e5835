using Intake.EndToEnd.Browser;

namespace Intake.EndToEnd.Tor;

/// <summary>
/// A source at Tor Browser's Safest level, played by Debian's Chromium with JavaScript off and
/// every request sent through the Tor client's SOCKS port (no name resolved locally): from the
/// onion's landing page to the Spanish form, one file attached, sent, confirmed. The reviewer then
/// opens what was stored with the `age` CLI and finds what was typed and attached.
/// </summary>
[Collection(TorNetworkTests.Name)]
public sealed class ChromiumOverTorTests(OnionSite site)
{
    private const string Narrative =
        "En Luanda trabajábamos 70 horas por semana y el jefe de brigada revisaba los teléfonos.\n"
        + "El 80 % del salario iba a una cuenta en Cuba que no podíamos tocar. Ñ, «comillas» & <etiquetas>.";

    [Fact]
    public void Chromium_without_javascript_through_tor_sends_the_spanish_form_and_the_testimony_decrypts_with_age()
    {
        var work = site.Temp.CreateSubdirectory($"chromium-{Guid.NewGuid():N}");
        var photo = AttachedFile.Random(work, "foto-contrato.jpg", "image/jpeg", 120 * 1024);
        var before = site.Database.CompleteSubmissions();
        using var browser = HeadlessChromium.Start(socksProxy: site.Network.Socks);
        Assert.False(browser.ScriptsRunInPages(), "JavaScript ran although the profile disables it.");

        browser.GoTo(site.Network.OnionUrl("/?lang=es"));
        browser.AssertOnPage("/", "Cuente lo que le pasó en la misión");
        Assert.Equal(site.Network.Onion, browser.CurrentUrl.Host);
        browser.ClickAndWaitForNavigation(browser.Find("main a.button"));
        browser.AssertOnPage("/form", "Su testimonio");

        new TestimonyForm(browser)
            .Select("mission_country", "AO")
            .Type("mission_city", "Luanda")
            .Tick("sector", "nursing")
            .Type("hours_per_week", "70")
            .Type("pay_withheld_percent", "80")
            .Tick("pay_held_how", "frozen_account_cuba")
            .Tick("surveillance", "phones_checked")
            .Type("narrative", Narrative)
            .Tick("consent_statistics", "yes")
            .Tick("consent_quotes", "no")
            .Tick("consent_un_and_courts", "yes")
            .Attach(photo.Path)
            .Send();

        Assert.Equal(303, browser.LastDocumentStatus("/submit"));
        browser.AssertOnPage("/thanks", "Recibimos su testimonio");
        Assert.Equal(site.Network.Onion, browser.CurrentUrl.Host);

        var testimony = AgeDecryptedTestimony.Open(site, site.NewSubmission(before), work);
        Assert.Equal("es", testimony.Language);
        var stored = testimony.Answers;
        Assert.Equal("AO", stored.GetProperty("mission_country").GetString());
        Assert.Equal("Luanda", stored.GetProperty("mission_city").GetString());
        Assert.Equal("nursing", stored.GetProperty("sector").GetString());
        Assert.Equal(70m, stored.GetProperty("hours_per_week").GetDecimal());
        Assert.Equal(80m, stored.GetProperty("pay_withheld_percent").GetDecimal());
        Assert.Equal(["frozen_account_cuba"], stored.GetProperty("pay_held_how").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal(["phones_checked"], stored.GetProperty("surveillance").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal(Narrative, stored.GetProperty("narrative").GetString());
        Assert.True(stored.GetProperty("consent_statistics").GetBoolean());
        Assert.False(stored.GetProperty("consent_quotes").GetBoolean());
        Assert.True(stored.GetProperty("consent_un_and_courts").GetBoolean());

        var (entry, content) = Assert.Single(testimony.Attachments);
        Assert.Equal(("foto-contrato.jpg", "image/jpeg"), (entry.Name, entry.Type));
        Assert.Equal(photo.Content, content);
    }
}
