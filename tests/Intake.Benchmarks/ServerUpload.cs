using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Intake.Benchmarks;

/// <summary>
/// Uploads a file to a fresh `intake serve` on loopback with curl (which streams the file from disk) and
/// measures the upload's wall time and the server's peak RSS.
/// </summary>
internal static partial class ServerUpload
{
    public const string Curl = "/usr/bin/curl";

    /// <summary>Bounds every single curl call; a 1 GiB upload over loopback takes seconds.</summary>
    public static readonly TimeSpan UploadTimeout = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>One upload to a server started for it, with its own data directory under <paramref name="scratchDirectory"/>.</summary>
    public static ProcessSample Measure(Command intake, string recipient, string inputFile, string scratchDirectory)
    {
        string dataDirectory = Path.Combine(scratchDirectory, "intake-data");
        string cookieJar = Path.Combine(scratchDirectory, "intake-cookies.txt");
        try
        {
            ProcessMeasurement.Run(intake.Append("recipients", "add", recipient, "--data", dataDirectory, "--label", "benchmark"));

            int port = ServerProcess.FreeLoopbackPort();
            string baseUrl = $"http://127.0.0.1:{port}";
            using var server = ServerProcess.Start(
                intake.Append("serve", "--data", dataDirectory, "--listen", $"127.0.0.1:{port}"));
            WaitUntilServing(server, baseUrl + "/form?lang=es");

            string form = ProcessMeasurement.Run(new Command(
                Curl, ["-sS", "--fail", "--max-time", "30", "-c", cookieJar, "-b", cookieJar, baseUrl + "/form?lang=es"]));
            Match token = TokenInput().Match(form);
            if (!token.Success)
            {
                throw new BenchmarkException("no __token input in GET /form's HTML");
            }

            var stopwatch = Stopwatch.StartNew();
            string status = ProcessMeasurement.Run(new Command(Curl,
            [
                "-sS", "--max-time", UploadSeconds(), "-o", "/dev/null", "-w", "%{http_code} %{redirect_url}",
                "-b", cookieJar,
                "--form-string", "__token=" + System.Net.WebUtility.HtmlDecode(token.Groups[1].Value),
                "--form-string", "consent_statistics=yes",
                "--form-string", "consent_quotes=no",
                "--form-string", "consent_un_and_courts=no",
                "-F", $"files=@{inputFile};type=application/octet-stream",
                baseUrl + "/submit?lang=es",
            ])).Trim();
            stopwatch.Stop();

            // Read before stopping the server: VmHWM is the process's own high-water mark.
            double peakRssMib = server.PeakRssMib();
            if (!status.StartsWith("303 ", StringComparison.Ordinal) || !status.Contains("/thanks", StringComparison.Ordinal))
            {
                throw new BenchmarkException(
                    $"the upload to intake got `{status}`, expected 303 to /thanks; server output:\n{server.OutputTail()}");
            }
            return new ProcessSample(stopwatch.Elapsed, peakRssMib);
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            File.Delete(cookieJar);
        }
    }

    public static string UploadSeconds() =>
        UploadTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);

    /// <summary>Polls <paramref name="url"/> until it answers 200, the server exits, or a minute passes.</summary>
    public static void WaitUntilServing(ServerProcess server, string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < StartTimeout)
        {
            if (server.HasExited)
            {
                throw new BenchmarkException($"`{server.DisplayName}` exited at start:\n{server.OutputTail()}");
            }
            try
            {
                using HttpResponseMessage response = client.GetAsync(new Uri(url)).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            Thread.Sleep(200);
        }
        throw new BenchmarkException($"`{server.DisplayName}` did not serve {url} within {StartTimeout.TotalSeconds} s:\n{server.OutputTail()}");
    }

    [GeneratedRegex("name=\"__token\"[^>]*?value=\"([^\"]*)\"")]
    private static partial Regex TokenInput();
}
