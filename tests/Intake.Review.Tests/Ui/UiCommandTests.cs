using System.CommandLine;
using System.Net;
using System.Text.RegularExpressions;
using Intake.Review.Commands;
using Intake.Review.Import;
using Intake.Terminal;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Ui;

/// <summary>
/// `review ui` itself, in process, over a real workspace: it unlocks the workspace, prints a
/// loopback link, serves the imported testimonies, stores a note in the workspace, and stops
/// when its invocation is cancelled (what Ctrl+C does). A wrong passphrase starts nothing.
/// </summary>
public sealed partial class UiCommandTests
{
    private const string Narrative = "Nos retiraron el pasaporte. <script>alert(1)</script>";

    [Fact]
    public async Task It_serves_the_unlocked_workspace_until_cancelled()
    {
        using var test = new TestWorkspace();
        var submission = test.Submission(Narrative, [new TestAttachment("foto.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0])]);
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(submission), startChain: false);
        using var output = new StringWriter();
        var synchronizedOutput = TextWriter.Synchronized(output);
        var console = ReviewConsole.Plain(synchronizedOutput, TextWriter.Null, new FilePassphraseSource(test.PassphraseFile));
        var root = new RootCommand { UiCommand.Create(console) };
        using var stop = new CancellationTokenSource();
        // No signal handlers in the test host: the token stands in for Ctrl+C.
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        var running = root.Parse(["ui", "--workspace", test.Directory, "--passphrase-file", test.PassphraseFile]).InvokeAsync(configuration, stop.Token);

        var link = await PrintedLinkAsync(synchronizedOutput, output, running);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false });
        using var signIn = await http.GetAsync(link);
        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie")).Split(';')[0];
        var page = await GetAsync(http, new Uri(link, $"/t/{submission.Id:D}?lang=en"), cookie);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains($"<code class=\"command\">review attachment {submission.Id:D} 1 --out PATH</code>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"file-name\">foto.jpg</td>", page, StringComparison.Ordinal);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["form_token"] = UiHarness.FormToken(page), ["note"] = "Revisado en la UI." });
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(link, $"/t/{submission.Id:D}/notes")) { Content = form };
        post.Headers.Add("Cookie", cookie);
        using var posted = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Equal("Revisado en la UI.", Assert.Single(test.Workspace.Catalog.Notes(submission.Id)).Text);

        await stop.CancelAsync();
        Assert.Equal(ReviewCommandLine.Success, await running.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("The review UI has stopped.", Snapshot(synchronizedOutput, output), StringComparison.Ordinal);
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(link));
    }

    [Fact]
    public void A_wrong_passphrase_starts_nothing()
    {
        using var test = new TestWorkspace(withIdentity: false);
        var wrong = test.PathFor("wrong.txt");
        File.WriteAllText(wrong, "not the passphrase\n");
        var result = CommandRunner.Run("ui", "--workspace", test.Directory, "--passphrase-file", wrong);
        Assert.Equal(ReviewCommandLine.Failure, result.ExitCode);
        Assert.DoesNotContain("http://", result.Out + result.Error, StringComparison.Ordinal);
    }

    private static async Task<Uri> PrintedLinkAsync(TextWriter synchronizedOutput, StringWriter output, Task<int> running)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (PrintedLink().Match(Snapshot(synchronizedOutput, output)) is { Success: true } match)
            {
                return new Uri(match.Value);
            }
            Assert.False(running.IsCompleted, $"`review ui` ended before printing its link: {Snapshot(synchronizedOutput, output)}");
            await Task.Delay(50);
        }
        throw new TimeoutException("`review ui` printed no link within 30 s.");
    }

    // TextWriter.Synchronized locks the wrapper itself; reading under the same lock sees whole writes.
    private static string Snapshot(TextWriter synchronizedOutput, StringWriter output)
    {
        lock (synchronizedOutput)
        {
            return output.ToString();
        }
    }

    private static async Task<string> GetAsync(HttpClient http, Uri url, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[0-9]+/\?token=[A-Za-z0-9_-]+")]
    private static partial Regex PrintedLink();
}
