namespace Intake.EndToEnd.Tor;

/// <summary>
/// A source's no-JavaScript browser reduced to curl, through Tor to the onion service: it loads
/// the Spanish form (antiforgery cookie and token), posts it as multipart/form-data with every
/// control in page order and one file, and is sent on to the confirmation page. The reviewer then
/// opens what was stored with the `age` CLI and finds what was sent.
/// </summary>
[Collection(TorNetworkTests.Name)]
public sealed class CurlOverTorTests(OnionSite site)
{
    private const string Narrative =
        "Nos recogieron el pasaporte en el aeropuerto de Caracas «para tramitar la residencia».\n"
        + "Nunca vi el contrato. Si salía sin permiso me amenazaban con no dejarme volver en 8 años.";

    [Fact]
    public void Curl_through_tor_posts_the_form_as_a_browser_without_javascript_does_and_the_testimony_decrypts_with_age()
    {
        var work = site.Temp.CreateSubdirectory($"curl-{Guid.NewGuid():N}");
        var curl = new TorCurl(site.Network, work);
        var before = site.Database.CompleteSubmissions();

        var page = curl.Get("/form?lang=es");
        Assert.Equal(200, page.Status);
        Assert.Contains("<h1>Su testimonio</h1>", page.Body, StringComparison.Ordinal);
        var form = NoScriptForm.Parse(page.Body);
        Assert.Equal("/submit?lang=es", form.Action);

        var letter = AttachedFile.Random(work, "carta-del-coordinador.pdf", "application/pdf", 150 * 1024);
        (string, string)[] answers =
        [
            ("mission_country", "VE"),
            ("mission_city", "Caracas"),
            ("mission_start_year", "2016"),
            ("sector", "medicine"),
            ("passport_held_by", "mission_coordinator"),
            ("surveillance", "minders"),
            ("surveillance", "phones_checked"),
            ("narrative", Narrative),
            ("consent_statistics", "yes"),
            ("consent_quotes", "yes"),
            ("consent_un_and_courts", "no"),
        ];
        var entries = form.Entries(answers, [letter]);
        Assert.Equal("__token", entries[0].Name);
        var sent = curl.PostMultipart(form.Action, entries);
        Assert.True(sent.Status == 303, $"POST {form.Action} answered {sent.Status}:\n{sent.Body}");
        Assert.Equal("/thanks?lang=es", sent.Location);

        var thanks = curl.Get("/thanks?lang=es");
        Assert.Equal(200, thanks.Status);
        Assert.Contains("<h1>Recibimos su testimonio</h1>", thanks.Body, StringComparison.Ordinal);

        var testimony = AgeDecryptedTestimony.Open(site, site.NewSubmission(before), work);
        Assert.Equal("es", testimony.Language);
        var stored = testimony.Answers;
        Assert.Equal("VE", stored.GetProperty("mission_country").GetString());
        Assert.Equal("Caracas", stored.GetProperty("mission_city").GetString());
        Assert.Equal(2016m, stored.GetProperty("mission_start_year").GetDecimal());
        Assert.Equal("medicine", stored.GetProperty("sector").GetString());
        Assert.Equal("mission_coordinator", stored.GetProperty("passport_held_by").GetString());
        Assert.Equal(["minders", "phones_checked"], stored.GetProperty("surveillance").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal(Narrative, stored.GetProperty("narrative").GetString());
        Assert.True(stored.GetProperty("consent_statistics").GetBoolean());
        Assert.True(stored.GetProperty("consent_quotes").GetBoolean());
        Assert.False(stored.GetProperty("consent_un_and_courts").GetBoolean());
        // Fields sent empty are not answers.
        Assert.False(stored.TryGetProperty("profession", out _));

        var (entry, content) = Assert.Single(testimony.Attachments);
        Assert.Equal(("carta-del-coordinador.pdf", "application/pdf"), (entry.Name, entry.Type));
        Assert.Equal(letter.Content, content);
    }
}
