using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Intake.Benchmarks;

/// <summary>
/// OnionShare's receive mode (Debian onionshare-cli, without Tor) as the baseline for the upload path:
/// uploads the same file with curl to its /upload form (field `file[]`) and measures the wall time and
/// the server's peak RSS. OnionShare stores what it receives as plaintext files.
/// </summary>
internal static partial class OnionShareReceive
{
    public const string OnionShareCli = "/usr/bin/onionshare-cli";

    private static readonly TimeSpan UrlTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Installs onionshare-cli when missing and running as root; returns why it is unavailable, or null.</summary>
    public static string? EnsureInstalled()
    {
        if (File.Exists(OnionShareCli))
        {
            return null;
        }
        if (Environment.UserName != "root")
        {
            return "onionshare-cli is not installed and this is not root (sudo apt-get install onionshare-cli)";
        }
        try
        {
            Console.Error.WriteLine("Installing onionshare-cli with apt-get ...");
            ProcessMeasurement.Run(new Command("timeout",
                ["600", "apt-get", "install", "-y", "--no-install-recommends", "onionshare-cli"]));
        }
        catch (BenchmarkException e)
        {
            return "apt-get install onionshare-cli failed: " + e.Message.Split('\n')[^1];
        }
        return File.Exists(OnionShareCli) ? null : $"apt-get installed onionshare-cli but {OnionShareCli} is missing";
    }

    public static string Version() =>
        ProcessMeasurement.Run(new Command("dpkg-query", ["-W", "-f=${Version}", "onionshare-cli"])).Trim();

    public static Command ServeCommand(string dataDirectory) =>
        new(OnionShareCli, ["--receive", "--local-only", "--public", "--data-dir", dataDirectory]);

    public static ProcessSample Measure(string inputFile, string scratchDirectory)
    {
        string dataDirectory = Path.Combine(scratchDirectory, "onionshare-received");
        // Its settings go to ~/.config/onionshare: a private HOME keeps the user's own untouched.
        string home = Path.Combine(scratchDirectory, "onionshare-home");
        Directory.CreateDirectory(dataDirectory);
        Directory.CreateDirectory(home);
        try
        {
            var urlFound = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var server = ServerProcess.Start(
                ServeCommand(dataDirectory),
                new Dictionary<string, string> { ["HOME"] = home, ["PYTHONUNBUFFERED"] = "1" },
                line =>
                {
                    Match url = LoopbackUrl().Match(line);
                    if (url.Success)
                    {
                        urlFound.TrySetResult(url.Value);
                    }
                });
            if (!urlFound.Task.Wait(UrlTimeout))
            {
                throw new BenchmarkException($"onionshare-cli printed no http://127.0.0.1 URL within {UrlTimeout.TotalSeconds} s:\n{server.OutputTail()}");
            }
            string baseUrl = urlFound.Task.Result;
            ServerUpload.WaitUntilServing(server, baseUrl + "/");

            var stopwatch = Stopwatch.StartNew();
            string status = ProcessMeasurement.Run(new Command(ServerUpload.Curl,
            [
                "-sS", "--max-time", ServerUpload.UploadSeconds(), "-o", "/dev/null", "-w", "%{http_code}",
                "-F", $"file[]=@{inputFile};type=application/octet-stream",
                baseUrl + "/upload",
            ])).Trim();
            stopwatch.Stop();
            double peakRssMib = server.PeakRssMib();

            long inputBytes = new FileInfo(inputFile).Length;
            string? received = Directory.EnumerateFiles(dataDirectory, Path.GetFileName(inputFile), SearchOption.AllDirectories)
                .FirstOrDefault();
            if (status != "302" || received is null || new FileInfo(received).Length != inputBytes)
            {
                throw new BenchmarkException(
                    $"the upload to OnionShare got HTTP {status}, received file {received ?? "missing"}; output:\n{server.OutputTail()}");
            }
            return new ProcessSample(stopwatch.Elapsed, peakRssMib);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
            Directory.Delete(home, recursive: true);
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex LoopbackUrl();
}
