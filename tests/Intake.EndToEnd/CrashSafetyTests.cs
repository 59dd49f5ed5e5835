using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Intake.EndToEnd.Http;
using Intake.EndToEnd.Support;
using Xunit.Abstractions;

namespace Intake.EndToEnd;

/// <summary>
/// The server is killed with SIGKILL while uploads stream in, then started again on the same
/// data: the database must be sound, every testimony whose source saw the confirmation must be
/// there and decrypt, and nothing half-received may remain.
/// </summary>
public sealed partial class CrashSafetyTests(ITestOutputHelper output)
{
    private const int MiB = 1024 * 1024;

    // 5 uploads at once is more than the default limit of 4 (the fifth would get a 429 page).
    private static readonly Dictionary<string, string> Settings = new() { ["Intake__MaxConcurrentUploads"] = "8" };

    /// <summary>
    /// How each of the five uploads behaves. Finish: sends its whole body and gets its 303.
    /// LastByteAtKill: sends all but its last 256 KiB, waits until both Finish uploads are
    /// confirmed, sends the rest, and the server is killed as soon as it has: it may or may not
    /// have committed. Interrupted: sends 12 MiB then trickles, so it is surely mid-body at the kill.
    /// </summary>
    private enum Role
    {
        Finish,
        LastByteAtKill,
        Interrupted,
    }

    private sealed record Upload(int Number, Role Role, byte[] File, string Sha256)
    {
        public string FileName => $"prueba-{Number}.bin";

        public string Narrative => $"Subida de prueba número {Number}: la conexión puede cortarse en cualquier momento.";

        public PacedFileContent? Content { get; set; }

        public Task<HttpStatusCode?>? Result { get; set; }
    }

    [Fact]
    public async Task Killing_the_server_mid_upload_loses_no_confirmed_testimony_and_leaves_no_partial_one()
    {
        var clock = Stopwatch.StartNew();
        await using var site = await IntakeSite.StartAsync(output, Settings);
        using var stopTrickle = new CancellationTokenSource();
        var finishersConfirmed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var uploads = new[]
        {
            NewUpload(1, Role.Finish, 20),
            NewUpload(2, Role.Finish, 24),
            NewUpload(3, Role.LastByteAtKill, 28),
            NewUpload(4, Role.Interrupted, 32),
            NewUpload(5, Role.Interrupted, 36),
        };

        var clients = uploads.Select(_ => new FormClient(site.Server.BaseAddress)).ToList();
        try
        {
            var tokens = await Task.WhenAll(clients.Select(client => client.LoadFormAsync()));
            foreach (var (upload, index) in uploads.Select((upload, index) => (upload, index)))
            {
                upload.Content = new PacedFileContent(upload.File, "application/octet-stream")
                {
                    HoldLastPieceUntil = upload.Role == Role.LastByteAtKill ? finishersConfirmed.Task : null,
                    TrickleAfter = upload.Role == Role.Interrupted ? 12L * MiB : null,
                    StopTrickle = stopTrickle.Token,
                };
                upload.Result = SendAsync(clients[index], tokens[index], upload);
            }

            var finishers = uploads.Where(upload => upload.Role == Role.Finish).ToList();
            var statuses = await Task.WhenAll(finishers.Select(upload => upload.Result!)).WaitAsync(TimeSpan.FromSeconds(90));
            Assert.All(statuses, status => Assert.Equal(HttpStatusCode.SeeOther, status));
            Log(clock, $"uploads {string.Join(", ", finishers.Select(u => u.Number))} confirmed (303)");
            finishersConfirmed.SetResult();

            var interrupted = uploads.Where(upload => upload.Role == Role.Interrupted).ToList();
            var lastByte = uploads.Single(upload => upload.Role == Role.LastByteAtKill);
            await Task.WhenAll(interrupted.Select(upload => StageAsync(upload, upload.Content!.Stalled, "send 12 MiB")));
            await WaitForAsync(() => site.Database.ReceivingWithChunks() >= interrupted.Count, "the interrupted uploads to have ciphertext stored");
            await StageAsync(lastByte, lastByte.Content!.Sent, "send its whole body");

            // Now: two confirmed, one whose body has just ended, two mid-body.
            Assert.All(interrupted, upload => Assert.False(upload.Result!.IsCompleted, $"Upload {upload.Number} ended before the kill."));
            var inFlight = site.Database.ReceivingWithChunks();
            site.Server.KillHard();
            Log(clock, $"server killed with SIGKILL; {inFlight} receiving submission(s) held ciphertext just before");
        }
        finally
        {
            await stopTrickle.CancelAsync();
            finishersConfirmed.TrySetResult();
            await Task.WhenAll(uploads.Where(upload => upload.Result is not null).Select(upload => upload.Result!)).WaitAsync(TimeSpan.FromSeconds(60));
            clients.ForEach(client => client.Dispose());
        }

        var confirmed = uploads.Where(upload => upload.Result!.Result == HttpStatusCode.SeeOther).Select(upload => upload.Number).ToHashSet();
        var bodySent = uploads.Where(upload => upload.Content!.Sent.IsCompletedSuccessfully).Select(upload => upload.Number).ToHashSet();
        Log(clock, $"confirmed: [{string.Join(", ", confirmed.Order())}]; whole body sent: [{string.Join(", ", bodySent.Order())}]");

        await site.RestartAsync(Settings);
        Log(clock, "server restarted on the same data directory");
        var database = site.Database;

        Assert.Equal("ok", database.IntegrityCheck());
        Assert.Empty(database.ForeignKeyViolations());
        var counts = database.Count();
        Assert.Equal(0, counts.Receiving);
        Assert.Equal((0L, 0L), database.Orphans());

        // Which upload each stored testimony is, from its decrypted narrative.
        using var reviewer = new DemoReviewer();
        var rows = database.CompleteSubmissions();
        var stored = new Dictionary<int, DecryptedSubmission>();
        foreach (var row in rows)
        {
            var submission = reviewer.Open(database, row, site.Temp.CreateSubdirectory("decrypted"));
            Assert.Equal("es", submission.Language);
            var number = NarrativeNumber(submission.Answers.GetProperty("narrative").GetString()!);
            Assert.True(stored.TryAdd(number, submission), $"Upload {number} is stored twice.");
            foreach (var file in submission.AttachmentFiles)
            {
                File.Delete(file);
            }
        }
        Log(clock, $"stored after the restart: [{string.Join(", ", stored.Keys.Order())}]");

        // Every confirmed testimony survived. Beyond those, only an upload whose whole body had
        // been sent may have committed in the moment before the kill; one still mid-body cannot.
        Assert.Subset(stored.Keys.ToHashSet(), confirmed);
        Assert.Subset(bodySent, stored.Keys.ToHashSet());
        var committedUnconfirmed = stored.Keys.Except(confirmed).ToHashSet();
        Assert.Subset(bodySent.Except(confirmed).ToHashSet(), committedUnconfirmed);
        Assert.Equal(confirmed.Count + committedUnconfirmed.Count, counts.Complete);
        output.WriteLine(stored.ContainsKey(3) && !confirmed.Contains(3)
            ? "Upload 3 committed just before the kill, without its source seeing the confirmation."
            : stored.ContainsKey(3) ? "Upload 3 was confirmed before the kill." : "Upload 3 had not committed at the kill and was removed.");

        foreach (var (number, submission) in stored)
        {
            var upload = uploads.Single(upload => upload.Number == number);
            Assert.Equal(2, submission.Row.PartCount);
            Assert.True(submission.Answers.GetProperty("consent_statistics").GetBoolean());
            var entry = Assert.Single(submission.Manifest);
            Assert.Equal(new ManifestEntry(upload.FileName, "application/octet-stream", upload.File.Length, upload.Sha256), entry);
        }

        // The restarted service works: a new testimony is confirmed and stored beside the others.
        using (var client = new FormClient(site.Server.BaseAddress))
        {
            using var response = await client.SubmitAsync(
                await client.LoadFormAsync(),
                [("consent_statistics", "no"), ("consent_quotes", "no"), ("consent_un_and_courts", "no")],
                []);
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        }
        Assert.Equal(stored.Count + 1, database.Count().Complete);
        Log(clock, "done");
    }

    private static Upload NewUpload(int number, Role role, int sizeMiB)
    {
        var bytes = RandomNumberGenerator.GetBytes(sizeMiB * MiB);
        return new Upload(number, role, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>The upload's HTTP status, or null if it got no answer (the server died under it).</summary>
    private static async Task<HttpStatusCode?> SendAsync(FormClient client, string token, Upload upload)
    {
        try
        {
            using var response = await client.SubmitAsync(
                token,
                [
                    ("mission_country", "VE"),
                    ("sector", "medicine"),
                    ("narrative", upload.Narrative),
                    ("consent_statistics", "yes"),
                    ("consent_quotes", "no"),
                    ("consent_un_and_courts", "yes"),
                ],
                [(upload.FileName, upload.Content!)]);
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Waits for an upload to reach a stage, failing clearly if its request ended first.</summary>
    private static async Task StageAsync(Upload upload, Task stage, string what)
    {
        var first = await Task.WhenAny(stage, upload.Result!).WaitAsync(TimeSpan.FromSeconds(90));
        if (first != stage)
        {
            Assert.Fail($"Upload {upload.Number} ended with {(await upload.Result!)?.ToString() ?? "no answer"} before it could {what}.");
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(50);
        }
    }

    private static int NarrativeNumber(string narrative)
    {
        var match = NarrativeMarker().Match(narrative);
        Assert.True(match.Success, $"A stored narrative is not one of the test's: {narrative}");
        return int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
    }

    private void Log(Stopwatch clock, string message) => output.WriteLine($"[{clock.Elapsed.TotalSeconds,6:F2} s] {message}");

    [GeneratedRegex("^Subida de prueba número (?<number>[0-9]+):")]
    private static partial Regex NarrativeMarker();
}
