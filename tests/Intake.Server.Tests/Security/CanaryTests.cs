using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Intake.Server.Tests.Support;
using Intake.Storage;
using Microsoft.Data.Sqlite;

namespace Intake.Server.Tests.Security;

/// <summary>
/// A canary: a unique marker goes into everything a source can send (answers, file names and
/// contents, unknown fields, headers, query, cookies, paths), through every outcome (stored,
/// invalid, refused, too many files, not found, tor2web, dropped mid-upload), to `intake serve`
/// running as a real process. Afterwards the marker is nowhere in the clear: not in any file
/// of the data directory, not in the process's temp directory, not in its log. Only the
/// reviewer's key finds it again.
/// </summary>
public sealed partial class CanaryTests
{
    [Fact]
    public async Task Nothing_a_source_sends_reaches_the_disk_the_temp_directory_or_the_log_in_the_clear()
    {
        using var directory = new TempDirectory("canary");
        var data = directory.NewPath("data");
        var temp = directory.CreateSubdirectory("tmp");
        IntakeCommand.AddRecipient(data, DemoReviewer.Recipient);
        var marker = "cnry" + RandomNumberGenerator.GetHexString(24, lowercase: true);
        var environment = new Dictionary<string, string?> { ["TMPDIR"] = temp, ["Intake__MaxFiles"] = "3" };

        await using var server = await ServerProcess.StartAsync(data, environment);
        using var browser = new Browser(server.BaseAddress);
        browser.Cookies["tracker"] = marker + "-cookie";
        void Identify(HttpRequestMessage request)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", $"Mozilla/5.0 ({marker}-user-agent) Gecko/20100101 Firefox/128.0");
            request.Headers.TryAddWithoutValidation("Referer", $"http://{marker}-referer.onion/form");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", $"203.0.113.7, {marker}-forwarded-for");
            request.Headers.TryAddWithoutValidation("Forwarded", $"for=\"{marker}-forwarded\"");
            request.Headers.TryAddWithoutValidation("Accept-Language", $"es-{marker}-accept-language");
        }

        var start = DateTime.UtcNow;
        var form = await browser.GetAsync($"/form?ref={marker}-query", Identify);
        var stored = await browser.PostAsync($"/submit?lang=es&ref={marker}-query", Testimony(Browser.TokenIn(form.Body), marker), Identify);
        Assert.True(stored.Status == HttpStatusCode.SeeOther, stored.ToString());

        // Every way a post can fail, each carrying the marker too.
        var invalid = await browser.PostAsync($"/submit?lang=es&ref={marker}", Invalid(Browser.TokenIn((await browser.GetAsync("/form", Identify)).Body), marker), Identify);
        Assert.True(invalid.Status == HttpStatusCode.BadRequest, invalid.ToString());
        var forged = await browser.PostAsync($"/submit?ref={marker}", Testimony(marker + "-token", marker), Identify);
        Assert.True(forged.Status == HttpStatusCode.Forbidden, forged.ToString());
        var tooMany = await browser.PostAsync($"/submit?ref={marker}", TooManyFiles(Browser.TokenIn((await browser.GetAsync("/form", Identify)).Body), marker), Identify);
        Assert.True(tooMany.Status == HttpStatusCode.RequestEntityTooLarge, tooMany.ToString());
        var missing = await browser.GetAsync($"/{marker}-path?{marker}=1", Identify);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        var gateway = await browser.GetAsync($"/form?{marker}", request =>
        {
            Identify(request);
            request.Headers.TryAddWithoutValidation("X-Tor2Web", marker + "-tor2web");
        });
        Assert.Equal(HttpStatusCode.Forbidden, gateway.Status);
        await DropMidUploadAsync(server, browser, data, marker);

        // As a seizure of the running server would find it (the -wal and -shm files beside the
        // database), and as it is after a clean stop (checkpointed into the database file).
        var running = new LeakScan().Tree(data, marker).Tree(temp, marker);
        var runningMetadata = DatabaseMetadataScan(data, start, DateTime.UtcNow);
        var output = await server.StopAsync();
        var end = DateTime.UtcNow;
        Assert.Equal(0, output.ExitCode);
        Assert.Contains("Now listening on", output.Text, StringComparison.Ordinal);
        var stopped = new LeakScan()
            .Tree(data, marker)
            .Tree(temp, marker)
            .Bytes("the server's stdout", output.Stdout, marker)
            .Bytes("the server's stderr", output.Stderr, marker);

        var hits = running.Hits.Select(hit => "while running: " + hit).Concat(stopped.Hits.Select(hit => "after stopping: " + hit)).ToList();
        Assert.True(hits.Count == 0, $"the marker {marker} is in the clear:\n{string.Join('\n', hits.Take(20))}");
        Assert.Contains(running.Scanned, file => file.EndsWith(Path.Combine("data", "intake.db-wal"), StringComparison.Ordinal));
        Assert.Contains(running.Scanned, file => file.EndsWith(Path.Combine("data", "intake.db-shm"), StringComparison.Ordinal));
        Assert.Contains(stopped.Scanned, file => file.EndsWith(Path.Combine("data", "intake.db"), StringComparison.Ordinal));
        Assert.Contains(stopped.Scanned, file => file.Contains(Path.Combine("data", "keys") + Path.DirectorySeparatorChar, StringComparison.Ordinal));

        var metadata = runningMetadata.Hits.Concat(DatabaseMetadataScan(data, start, end).Hits).ToList();
        Assert.True(metadata.Count == 0, $"the database holds an address or the time of day:\n{string.Join('\n', metadata.Take(20))}");
        var textWithTime = new DatabaseInspector(Path.Combine(data, "intake.db")).TextValues().Where(v => TimeOfDay().IsMatch(v.Value)).ToList();
        Assert.True(textWithTime.Count == 0, $"a time of day in {string.Join(", ", textWithTime)}");

        await AssertOnlyTheReviewerFindsTheMarkerAsync(directory, data, marker);
    }

    /// <summary>The database files, searched for the client's addresses and the time of day of the requests.</summary>
    private static LeakScan DatabaseMetadataScan(string data, DateTime from, DateTime to)
    {
        var scan = new LeakScan();
        foreach (var file in Directory.GetFiles(data, "intake.db*"))
        {
            scan.Bytes(file, File.ReadAllBytes(file), ["127.0.0.1", "203.0.113.7", .. TimesOfDay(from.AddSeconds(-2), to.AddSeconds(2))]);
        }
        return scan;
    }

    private static MultipartBody Testimony(string token, string marker) =>
        MultipartBody.WithToken(token)
            .Field("mission_city", $"Ciudad {marker}")
            .Field("profession", marker)
            .Field("narrative", $"Me llamo {marker}.\r\nÑandú — {marker} — 🇨🇺")
            .Field($"unknown_{marker}", marker)
            .Fields(FormAnswers.Consents)
            .File($"informe {marker}.txt", "text/plain", Encoding.UTF8.GetBytes($"contenido {marker}\n"))
            .File($"nota-{marker}.txt", $"text/{marker}", Encoding.Unicode.GetBytes($"nota {marker}"))
            .File("grande.bin", "application/octet-stream", Repeated(marker, 2 * 1024 * 1024));

    private static MultipartBody Invalid(string token, string marker) =>
        MultipartBody.WithToken(token)
            .Field("mission_city", marker)
            .Field("narrative", $"sin consentimiento {marker}")
            .File($"{marker}.txt", "text/plain", Repeated(marker, 200 * 1024));

    private static MultipartBody TooManyFiles(string token, string marker)
    {
        var body = FormAnswers.Minimal(token).Field("narrative", marker);
        for (var i = 0; i < 4; i++)
        {
            body.File($"{marker}-{i}.txt", "text/plain", Repeated(marker, 100 * 1024));
        }
        return body;
    }

    /// <summary>Half an upload full of the marker, then a reset, once its first chunks are in the database.</summary>
    private static async Task DropMidUploadAsync(ServerProcess server, Browser browser, string data, string marker)
    {
        var token = Browser.TokenIn((await browser.GetAsync("/form")).Body);
        var body = FormAnswers.Minimal(token).Field("narrative", marker).File($"{marker}.m4a", "audio/mp4", Repeated(marker, 8 * 1024 * 1024));
        var database = new DatabaseInspector(Path.Combine(data, "intake.db"));
        await RawUpload.SendPartThenDisconnectAsync(
            server.BaseAddress,
            $"/submit?lang=es&ref={marker}",
            body,
            browser.Cookies,
            body.Length / 2,
            Disconnect.Reset,
            async () => Assert.True((await database.WaitUntilAsync(c => c.Chunks >= 2, TimeSpan.FromSeconds(10))).Chunks >= 2, "the dropped upload never reached the database"),
            [new("User-Agent", marker), new("X-Forwarded-For", marker)]);
        var after = await database.WaitUntilAsync(c => c.Submissions == 1, TimeSpan.FromSeconds(10));
        Assert.True(after.Submissions == 1, $"after the dropped upload: {after}");
    }

    /// <summary>The stored testimony does hold the marker, for whoever has the reviewer's key.</summary>
    private static async Task AssertOnlyTheReviewerFindsTheMarkerAsync(TempDirectory directory, string data, string marker)
    {
        var identity = DemoReviewer.WriteIdentity(directory);
        var store = new SubmissionStore(IntakeDatabase.Open(Path.Combine(data, "intake.db")));
        var submission = Assert.Single(await store.ListCompleteAsync());
        Assert.Equal(4, submission.PartSizes.Count);
        using var answers = new MemoryStream();
        await using (var part = await store.OpenPartAsync(submission.Id, 0))
        {
            await AgeTool.DecryptAsync(identity, part, answers);
        }
        SqliteConnection.ClearAllPools();
        var document = Encoding.UTF8.GetString(answers.ToArray());
        Assert.Contains($"Me llamo {marker}.", document, StringComparison.Ordinal);
        Assert.Contains($"informe {marker}.txt", document, StringComparison.Ordinal);
        Assert.DoesNotContain($"unknown_{marker}", document, StringComparison.Ordinal);
    }

    private static byte[] Repeated(string marker, int size)
    {
        var line = Encoding.UTF8.GetBytes(marker + "\n");
        var bytes = new byte[size];
        for (var i = 0; i < size; i++)
        {
            bytes[i] = line[i % line.Length];
        }
        return bytes;
    }

    /// <summary>"HH:mm:ss" for every second of the window, in UTC and in the machine's zone.</summary>
    private static string[] TimesOfDay(DateTime from, DateTime to)
    {
        var times = new HashSet<string>(StringComparer.Ordinal);
        for (var t = from; t <= to; t = t.AddSeconds(1))
        {
            times.Add(t.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
            times.Add(t.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture));
        }
        return [.. times];
    }

    [GeneratedRegex("[0-9]{1,2}:[0-9]{2}")]
    private static partial Regex TimeOfDay();
}
