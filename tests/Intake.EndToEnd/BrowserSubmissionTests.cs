using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Intake.EndToEnd.Browser;
using Intake.EndToEnd.Support;
using Xunit.Abstractions;

namespace Intake.EndToEnd;

/// <summary>
/// A source on a phone, JavaScript off, goes through the Spanish site with Chromium; then a
/// reviewer decrypts what the server stored, with intake-age and the DEMO key.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class BrowserSubmissionTests(SharedBrowser browsers, ITestOutputHelper output)
{
    private const string Narrative =
        "Al llegar nos quitaron el pasaporte y no vi el contrato hasta meses después.\n"
        + "No podíamos salir solos después de las seis: «toque de queda», decía el jefe.\n"
        + "El Estado se quedaba el 75 % del salario. Ñandú, pingüino, <b>sin etiquetas</b> & “comillas”.";

    [Fact]
    public async Task A_spanish_testimony_with_two_files_sent_without_javascript_is_stored_encrypted_and_decrypts_to_what_was_typed()
    {
        var browser = browsers.Fresh();
        await using var site = await IntakeSite.StartAsync(output);
        var contract = WriteRandomFile(site.Temp, "contrato-mision.pdf", 700 * 1024);
        var photo = WriteRandomFile(site.Temp, "foto-pasaporte.jpg", (1024 * 1024) + (600 * 1024));

        browser.GoTo(site.Server.Url("/?lang=es"));
        browser.AssertOnPage("/", "Cuente lo que le pasó en la misión");
        browser.ClickAndWaitForNavigation(browser.Find("main a.button"));
        browser.AssertOnPage("/form", "Su testimonio");

        var form = new TestimonyForm(browser)
            .Select("mission_country", "VE")
            .Type("mission_city", "Ciudad Bolívar")
            .Type("mission_start_year", "2017")
            .Type("mission_end_year", "2021")
            .Tick("sector", "medicine")
            .Type("profession", "Médica general integral")
            .Tick("employer", "csmc")
            .Tick("contract_seen_before_leaving", "no")
            .Tick("contract_signed", "yes")
            .Tick("contract_copy_kept", "no")
            .Tick("passport_held_by", "mission_coordinator")
            .Type("pay_withheld_percent", "75")
            .Tick("pay_held_how", "lost_if_left")
            .Tick("pay_held_how", "frozen_account_cuba")
            .Type("hours_per_week", "64")
            .Tick("surveillance", "minders")
            .Tick("surveillance", "phones_checked")
            .Tick("threats_against_family", "yes")
            .Type("narrative", Narrative)
            .Tick("consent_statistics", "yes")
            .Tick("consent_quotes", "no")
            .Tick("consent_un_and_courts", "yes")
            .Attach(contract.Path, photo.Path);
        form.Send();

        Assert.Equal(303, browser.LastDocumentStatus("/submit"));
        browser.AssertOnPage("/thanks", "Recibimos su testimonio");
        Assert.Equal(200, browser.LastDocumentStatus("/thanks"));

        var counts = site.Database.Count();
        Assert.Equal((1L, 0L, 1L), (counts.Submissions, counts.Receiving, counts.Complete));
        var row = Assert.Single(site.Database.CompleteSubmissions());
        Assert.Equal(3, row.PartCount);
        AssertRecentDay(row.ReceivedDay);

        using var reviewer = new DemoReviewer();
        var submission = reviewer.Open(site.Database, row, site.Temp.CreateSubdirectory("decrypted"), protectedIdentityForAnswers: true);
        var document = submission.Document.RootElement;
        Assert.Equal("mission-testimony", document.GetProperty("questionnaire").GetString());
        Assert.Equal(1, document.GetProperty("version").GetInt32());
        Assert.Equal("es", submission.Language);

        var answers = submission.Answers;
        Assert.Equal(
            ["mission_country", "mission_city", "mission_start_year", "mission_end_year", "sector", "profession", "employer",
             "contract_seen_before_leaving", "contract_signed", "contract_copy_kept", "passport_held_by", "pay_withheld_percent",
             "pay_held_how", "hours_per_week", "surveillance", "threats_against_family", "narrative",
             "consent_statistics", "consent_quotes", "consent_un_and_courts"],
            answers.EnumerateObject().Select(answer => answer.Name));
        Assert.Equal("VE", answers.GetProperty("mission_country").GetString());
        Assert.Equal("Ciudad Bolívar", answers.GetProperty("mission_city").GetString());
        Assert.Equal(2017m, answers.GetProperty("mission_start_year").GetDecimal());
        Assert.Equal(2021m, answers.GetProperty("mission_end_year").GetDecimal());
        Assert.Equal("medicine", answers.GetProperty("sector").GetString());
        Assert.Equal("Médica general integral", answers.GetProperty("profession").GetString());
        Assert.Equal("csmc", answers.GetProperty("employer").GetString());
        Assert.False(answers.GetProperty("contract_seen_before_leaving").GetBoolean());
        Assert.True(answers.GetProperty("contract_signed").GetBoolean());
        Assert.False(answers.GetProperty("contract_copy_kept").GetBoolean());
        Assert.Equal("mission_coordinator", answers.GetProperty("passport_held_by").GetString());
        Assert.Equal(75m, answers.GetProperty("pay_withheld_percent").GetDecimal());
        // In the questionnaire's order, not the order they were ticked in.
        Assert.Equal(["frozen_account_cuba", "lost_if_left"], Strings(answers.GetProperty("pay_held_how")));
        Assert.Equal(64m, answers.GetProperty("hours_per_week").GetDecimal());
        Assert.Equal(["minders", "phones_checked"], Strings(answers.GetProperty("surveillance")));
        Assert.True(answers.GetProperty("threats_against_family").GetBoolean());
        Assert.Equal(Narrative, answers.GetProperty("narrative").GetString());
        Assert.True(answers.GetProperty("consent_statistics").GetBoolean());
        Assert.False(answers.GetProperty("consent_quotes").GetBoolean());
        Assert.True(answers.GetProperty("consent_un_and_courts").GetBoolean());

        Assert.Equal(
            [new ManifestEntry("contrato-mision.pdf", "application/pdf", contract.Size, contract.Sha256),
             new ManifestEntry("foto-pasaporte.jpg", "image/jpeg", photo.Size, photo.Sha256)],
            submission.Manifest);
        Assert.Equal(File.ReadAllBytes(contract.Path), File.ReadAllBytes(submission.AttachmentFiles[0]));
        Assert.Equal(File.ReadAllBytes(photo.Path), File.ReadAllBytes(submission.AttachmentFiles[1]));
    }

    [Fact]
    public async Task Sending_without_the_consents_brings_the_form_back_with_the_answers_kept_and_stores_nothing()
    {
        var browser = browsers.Fresh();
        await using var site = await IntakeSite.StartAsync(output);
        var file = WriteRandomFile(site.Temp, "mensaje.png", 200 * 1024);

        browser.GoTo(site.Server.Url("/form?lang=es"));
        var form = new TestimonyForm(browser)
            .Select("mission_country", "AO")
            .Type("mission_city", "Luanda")
            .Type("mission_start_year", "2019")
            .Tick("sector", "nursing")
            .Tick("movement_restrictions", "curfew")
            .Tick("movement_restrictions", "not_alone")
            .Tick("contract_signed", "no")
            .Type("narrative", "Primera línea.\nSegunda línea, con acentos: áéíóú.")
            .Attach(file.Path);
        form.Send();

        browser.AssertOnPage("/submit", "Su testimonio");
        Assert.Equal(400, browser.LastDocumentStatus("/submit"));
        Assert.Equal("Revise estas respuestas", browser.Find(".error-summary h2").Text);
        var summary = form.ErrorSummary();
        Assert.Equal(TestimonyForm.ConsentQuestions.Select(id => "q-" + id), summary.Select(entry => entry.Target));
        Assert.All(summary, entry => Assert.EndsWith("Esta pregunta necesita una respuesta.", entry.Text, StringComparison.Ordinal));
        Assert.All(TestimonyForm.ConsentQuestions, id =>
            Assert.Equal("Esta pregunta necesita una respuesta.", browser.Find($"#q-{id}-error").Text));
        Assert.Contains("los archivos que eligió no se guardaron", browser.Find("p.notice").Text, StringComparison.Ordinal);

        Assert.Equal("AO", form.SelectedOption("mission_country"));
        Assert.Equal("Luanda", form.ValueOf("mission_city"));
        Assert.Equal("2019", form.ValueOf("mission_start_year"));
        Assert.Equal(["nursing"], form.Ticked("sector"));
        Assert.Equal(["curfew", "not_alone"], form.Ticked("movement_restrictions"));
        Assert.Equal(["no"], form.Ticked("contract_signed"));
        Assert.Equal("Primera línea.\nSegunda línea, con acentos: áéíóú.", form.ValueOf("narrative"));
        Assert.All(TestimonyForm.ConsentQuestions, id => Assert.Empty(form.Ticked(id)));
        Assert.Equal(string.Empty, browser.Find("input[type=file]#files").GetDomProperty("value"));

        Assert.Equal(new SubmissionDatabase.Counts(0, 0, 0, 0, 0), site.Database.Count());

        // The form that came back is a working form: answering the consents sends the kept answers.
        form.Tick("consent_statistics", "yes").Tick("consent_quotes", "yes").Tick("consent_un_and_courts", "no").Send();
        Assert.Equal(303, browser.LastDocumentStatus("/submit"));
        browser.AssertOnPage("/thanks", "Recibimos su testimonio");
        var row = Assert.Single(site.Database.CompleteSubmissions());
        Assert.Equal(1, row.PartCount);
        using var reviewer = new DemoReviewer();
        var answers = reviewer.Open(site.Database, row, site.Temp.CreateSubdirectory("decrypted")).Answers;
        Assert.Equal("Luanda", answers.GetProperty("mission_city").GetString());
        Assert.Equal(["curfew", "not_alone"], Strings(answers.GetProperty("movement_restrictions")));
        Assert.Equal("Primera línea.\nSegunda línea, con acentos: áéíóú.", answers.GetProperty("narrative").GetString());
        Assert.False(answers.GetProperty("consent_un_and_courts").GetBoolean());
    }

    private static (string Path, long Size, string Sha256) WriteRandomFile(TempDirectory temp, string name, int size)
    {
        var bytes = RandomNumberGenerator.GetBytes(size);
        var path = temp.File(name);
        File.WriteAllBytes(path, bytes);
        return (path, size, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString()!).ToArray();

    // Only the day is stored, never a time: today, or yesterday if the test ran over midnight (UTC).
    private static void AssertRecentDay(string day)
    {
        var stored = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.True(stored == today || stored == today.AddDays(-1), $"The stored day {day} is not today ({today:yyyy-MM-dd}).");
    }
}
