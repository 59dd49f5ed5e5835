using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Intake.Server.Localization;
using Intake.Server.Pages;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Submissions;

/// <summary>
/// Past every limit the source gets a clear, translated page with the right status, nothing of
/// the refused upload stays in the database, and the server goes on serving.
/// </summary>
public sealed partial class LimitTests
{
    private const long Limit = 1024 * 1024;
    private static readonly SiteText Spanish = SiteLanguages.For("es");

    [Theory]
    [InlineData(1, Limit + 64 * 1024, false)]
    [InlineData(1, Limit + 64 * 1024, true)]
    [InlineData(1, Limit + 4 * 1024 * 1024, false)]
    [InlineData(3, Limit / 2, false)]
    [InlineData(3, Limit / 2, true)]
    public async Task An_upload_over_MaxSubmissionBytes_gets_the_413_page_leaves_no_rows_and_the_server_keeps_serving(int files, long bytesEach, bool chunked)
    {
        await using var host = await IntakeHost.StartAsync(WithSettings(("Intake:MaxSubmissionBytes", Limit), ("Intake:MaxConcurrentUploads", 1)));
        using var browser = host.NewBrowser();
        var body = FormAnswers.Minimal(await browser.LoadFormAsync());
        for (var i = 0; i < files; i++)
        {
            var seed = (ulong)i;
            body.File($"video-{i}.mp4", "video/mp4", () => new SeededStream(seed, bytesEach), bytesEach);
        }
        if (chunked)
        {
            body.Chunked();
        }

        // The server may answer before the body is all sent and close the connection, which
        // HttpClient can report as a broken pipe only: read the page off the socket.
        var page = await RawUpload.PostReadingEarlyResponseAsync(host.BaseAddress, "/submit?lang=es", body, browser.Cookies);

        Assert.True(page.Status == HttpStatusCode.RequestEntityTooLarge, $"{files} file(s) of {bytesEach} bytes{(chunked ? ", chunked" : string.Empty)}: {page}");
        Assert.Contains(Html.Encode(string.Format(CultureInfo.InvariantCulture, Spanish.ErrorTooLarge, "1 MB")), page.Body, StringComparison.Ordinal);
        var counts = host.Database.Count();
        Assert.True(counts.IsEmpty, $"left behind: {counts}");
        await AssertStillServesAsync(host, expectedSubmissions: 1);
    }

    [Fact]
    public async Task An_upload_just_under_MaxSubmissionBytes_is_stored()
    {
        await using var host = await IntakeHost.StartAsync(WithSettings(("Intake:MaxSubmissionBytes", Limit)));
        using var browser = host.NewBrowser();
        const long size = Limit - 8 * 1024;
        var body = FormAnswers.Minimal(await browser.LoadFormAsync()).File("video.mp4", "video/mp4", () => new SeededStream(4, size), size);

        var page = await browser.PostAsync("/submit?lang=es", body);

        Assert.True(page.Status == HttpStatusCode.SeeOther, page.ToString());
        Assert.Equal(2, Assert.Single(await host.Submissions.ListCompleteAsync()).PartSizes.Count);
    }

    [Fact]
    public async Task Answers_larger_than_any_questionnaire_get_the_413_page_and_leave_no_rows()
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();
        var body = FormAnswers.Minimal(await browser.LoadFormAsync()).Field("narrative", new string('x', 600 * 1024));

        var page = await browser.PostAsync("/submit?lang=es", body);

        Assert.True(page.Status == HttpStatusCode.RequestEntityTooLarge, page.ToString());
        Assert.True(host.Database.Count().IsEmpty, $"left behind: {host.Database.Count()}");
        await AssertStillServesAsync(host, expectedSubmissions: 1);
    }

    [Fact]
    public async Task More_files_than_MaxFiles_get_the_413_page_and_leave_no_rows()
    {
        await using var host = await IntakeHost.StartAsync(WithSettings(("Intake:MaxFiles", 2), ("Intake:MaxConcurrentUploads", 1)));
        using var browser = host.NewBrowser();
        var body = FormAnswers.Minimal(await browser.LoadFormAsync())
            .File("1.jpg", "image/jpeg", () => new SeededStream(1, 3 * 1024 * 1024), 3 * 1024 * 1024)
            .File("2.jpg", "image/jpeg", () => new SeededStream(2, 1024), 1024)
            .File("3.jpg", "image/jpeg", () => new SeededStream(3, 1024), 1024);

        var page = await browser.PostAsync("/submit?lang=es", body);

        Assert.True(page.Status == HttpStatusCode.RequestEntityTooLarge, page.ToString());
        Assert.Contains(Html.Encode(string.Format(CultureInfo.InvariantCulture, Spanish.ErrorTooManyFiles, 2)), page.Body, StringComparison.Ordinal);
        var counts = host.Database.Count();
        Assert.True(counts.IsEmpty, $"left behind: {counts}");

        var two = FormAnswers.Minimal(await browser.LoadFormAsync())
            .File("1.jpg", "image/jpeg", "1"u8.ToArray())
            .File("2.jpg", "image/jpeg", "2"u8.ToArray());
        var accepted = await browser.PostAsync("/submit?lang=es", two);
        Assert.True(accepted.Status == HttpStatusCode.SeeOther, $"exactly MaxFiles files: {accepted}");
        Assert.Equal(3, Assert.Single(await host.Submissions.ListCompleteAsync()).PartSizes.Count);
    }

    [Theory]
    [InlineData(Disconnect.Close)]
    [InlineData(Disconnect.Reset)]
    public async Task A_client_that_disconnects_mid_upload_leaves_no_rows(Disconnect disconnect)
    {
        await using var host = await IntakeHost.StartAsync(WithSettings(("Intake:MaxConcurrentUploads", 1)));
        using var browser = host.NewBrowser();
        const long size = 16 * 1024 * 1024;
        var body = FormAnswers.Minimal(await browser.LoadFormAsync())
            .File("recording.m4a", "audio/mp4", () => new SeededStream(5, size), size);

        await RawUpload.SendPartThenDisconnectAsync(host.BaseAddress, "/submit?lang=es", body, browser.Cookies, body.Length / 2, disconnect, async () =>
        {
            // The half that arrived is in the database, but not as a submission anyone can list.
            var during = await host.Database.WaitUntilAsync(c => c.Chunks >= 2, TimeSpan.FromSeconds(10));
            Assert.True(during.Chunks >= 2, $"the upload never reached the database: {during}");
            Assert.Empty(await host.Submissions.ListCompleteAsync());
        });

        var after = await host.Database.WaitUntilAsync(c => c.IsEmpty, TimeSpan.FromSeconds(10));
        Assert.True(after.IsEmpty, $"10 s after the client went away: {after}");
        await AssertStillServesAsync(host, expectedSubmissions: 1);
    }

    [Fact]
    public async Task While_the_only_upload_slot_is_taken_the_next_upload_gets_429_and_stores_nothing()
    {
        await using var host = await IntakeHost.StartAsync(WithSettings(("Intake:MaxConcurrentUploads", 1)));

        var (probe, refused, countsWhileHeld) = await ServerOutcomes.WhileAnUploadIsHeldAsync(host, async () =>
        {
            var probe = await ServerOutcomes.PostUntilBusyAsync(host);
            using var browser = host.NewBrowser();
            var body = FormAnswers.Minimal(await browser.LoadFormAsync()).File("second.txt", "text/plain", "second"u8.ToArray());
            var refused = await browser.PostAsync("/submit?lang=es", body);
            return (probe, refused, await host.Database.WaitUntilAsync(c => c.Submissions > 0, TimeSpan.FromSeconds(5)));
        });

        Assert.True(probe.Status == HttpStatusCode.TooManyRequests, $"never busy: {probe}");
        Assert.True(refused.Status == HttpStatusCode.TooManyRequests, $"a second upload while the first is held: {refused}");
        Assert.Contains(Html.Encode(Spanish.ErrorBusy), refused.Body, StringComparison.Ordinal);
        Assert.Equal(1, countsWhileHeld.Submissions);
        var held = Assert.Single(await host.Submissions.ListCompleteAsync());
        Assert.Equal(2, held.PartSizes.Count);
        await AssertStillServesAsync(host, expectedSubmissions: 2);
    }

    [Fact]
    public async Task With_less_free_disk_than_the_floor_uploads_get_507_and_store_nothing()
    {
        var biggerThanTheDisk = new DriveInfo(Path.GetTempPath()).TotalSize + 1;
        await using var host = await IntakeHost.StartAsync(WithSettings(("Intake:FreeDiskFloorBytes", biggerThanTheDisk)));
        using var browser = host.NewBrowser();
        var body = FormAnswers.Minimal(await browser.LoadFormAsync()).File("a.txt", "text/plain", "a"u8.ToArray());

        var page = await browser.PostAsync("/submit?lang=es", body);

        Assert.True(page.Status == HttpStatusCode.InsufficientStorage, page.ToString());
        Assert.Contains(Html.Encode(Spanish.ErrorDiskFull), page.Body, StringComparison.Ordinal);
        Assert.True(host.Database.Count().IsEmpty, $"left behind: {host.Database.Count()}");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/form")).Status);
    }

    [Fact]
    public async Task A_missing_consent_gets_400_and_the_form_again_with_the_answers_kept_an_error_summary_and_no_rows()
    {
        await using var host = await IntakeHost.StartAsync();
        using var browser = host.NewBrowser();
        var body = MultipartBody.WithToken(await browser.LoadFormAsync())
            .Field("mission_country", "VE")
            .Field("mission_city", "Caracas <centro>")
            .Field("sector", "nursing")
            .Field("pay_held_how", "cash_abroad")
            .Field("pay_held_how", "frozen_account_cuba")
            .Field("narrative", "Texto & <i>cursiva</i>\r\nsegunda línea")
            .Field("consent_statistics", "yes")
            .Field("consent_un_and_courts", "no")
            .File("carta.pdf", "application/pdf", () => new SeededStream(6, 256 * 1024), 256 * 1024);

        var page = await browser.PostAsync("/submit?lang=es", body);

        Assert.True(page.Status == HttpStatusCode.BadRequest, page.ToString());
        Assert.True(host.Database.Count().IsEmpty, $"left behind: {host.Database.Count()}");
        var summary = ErrorSummary().Match(page.Body);
        Assert.True(summary.Success, "no error summary on the page");
        Assert.Contains("href=\"#q-consent_quotes\"", summary.Value, StringComparison.Ordinal);
        Assert.Contains(Html.Encode(Spanish.ValidationRequired), summary.Value, StringComparison.Ordinal);
        Assert.Single(SummaryLinks().Matches(summary.Value));
        Assert.Matches("<input [^>]*name=\"mission_city\"[^>]* value=\"Caracas &lt;centro&gt;\"", page.Body);
        Assert.Contains("<option value=\"VE\" selected>", page.Body, StringComparison.Ordinal);
        Assert.Matches("<input [^>]*name=\"sector\" value=\"nursing\" checked>", page.Body);
        Assert.Matches("<input [^>]*name=\"pay_held_how\" value=\"cash_abroad\" checked>", page.Body);
        Assert.Matches("<input [^>]*name=\"pay_held_how\" value=\"frozen_account_cuba\" checked>", page.Body);
        Assert.Matches("<input [^>]*name=\"consent_statistics\" value=\"yes\" checked>", page.Body);
        Assert.Matches("<input [^>]*name=\"consent_un_and_courts\" value=\"no\" checked>", page.Body);
        Assert.DoesNotMatch("<input [^>]*name=\"consent_quotes\" value=\"[a-z]+\" checked>", page.Body);
        // Line breaks may come back as character references (&#xD;&#xA;), which the browser reads as typed.
        Assert.Matches("<textarea [^>]*name=\"narrative\"[^>]*>\\s*Texto &amp; &lt;i&gt;cursiva&lt;/i&gt;(\\s|&#xD;|&#xA;|&#13;|&#10;)+segunda línea</textarea>", page.Body);
        Assert.Contains(Html.Encode(Spanish.FilesNotKept), page.Body, StringComparison.Ordinal);

        // The page carries a fresh token: correcting the answer and sending again works.
        var corrected = MultipartBody.WithToken(Browser.TokenIn(page.Body)).Fields(FormAnswers.Consents);
        var stored = await browser.PostAsync("/submit?lang=es", corrected);
        Assert.True(stored.Status == HttpStatusCode.SeeOther, $"the corrected form: {stored}");
        Assert.Single(await host.Submissions.ListCompleteAsync());
    }

    /// <summary>
    /// A small submission goes through (with one upload slot, this also shows the refused
    /// upload gave its slot back), and the database then holds exactly this many.
    /// </summary>
    private static async Task AssertStillServesAsync(IntakeHost host, int expectedSubmissions)
    {
        using var browser = host.NewBrowser();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        Page page;
        do
        {
            // A dropped connection's handler may still be unwinding for a moment.
            var body = FormAnswers.Minimal(await browser.LoadFormAsync()).File("small.txt", "text/plain", "still here"u8.ToArray());
            page = await browser.PostAsync("/submit?lang=es", body);
        }
        while (page.Status == HttpStatusCode.TooManyRequests && DateTime.UtcNow < deadline);
        Assert.True(page.Status == HttpStatusCode.SeeOther, $"the next upload: {page}");
        Assert.Equal(expectedSubmissions, (await host.Submissions.ListCompleteAsync()).Count);
        Assert.Equal(expectedSubmissions, host.Database.Count().Submissions);
    }

    private static HostOptions WithSettings(params (string Key, long Value)[] settings) => new()
    {
        Settings = settings.ToDictionary(s => s.Key, s => (string?)s.Value.ToString(CultureInfo.InvariantCulture)),
    };

    [GeneratedRegex("<div class=\"error-summary\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();

    [GeneratedRegex("<li><a href=")]
    private static partial Regex SummaryLinks();
}
