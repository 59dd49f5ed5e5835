using System.Globalization;

namespace Intake.EndToEnd.Tor;

/// <summary>
/// curl through the Tor client's SOCKS port. --socks5-hostname hands the .onion name to Tor
/// unresolved, so nothing is looked up here; cookies are kept in a jar across requests, as a
/// browser keeps them; redirects are not followed, so a 303 is seen as one.
/// </summary>
public sealed class TorCurl(TorNetwork network, string workDirectory)
{
    // A Tor circuit on two busy cores can be slow to build; the whole request ends here.
    private const int MaxSeconds = 120;
    private readonly string _cookieJar = Path.Combine(workDirectory, "cookies.txt");
    private int _requests;

    public CurlResponse Get(string pathAndQuery) => Run(pathAndQuery, []);

    /// <summary>POSTs the entries as multipart/form-data in their order, as the browser's form would.</summary>
    public CurlResponse PostMultipart(string pathAndQuery, IEnumerable<FormEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var arguments = new List<string>
        {
            // Browsers do not wait for "100 Continue"; curl would ask for it on a large body.
            "--header", "Expect:",
        };
        foreach (var entry in entries)
        {
            arguments.AddRange(entry.File is { } file
                // -F reads the file and sends it with the declared type and name.
                ? ["--form", $"{entry.Name}=@\"{file.Path}\";type={file.ContentType};filename=\"{file.FileName}\""]
                // --form-string sends the value as it is (-F would treat a leading @ or < specially).
                : ["--form-string", $"{entry.Name}={entry.Value}"]);
        }
        return Run(pathAndQuery, arguments);
    }

    private CurlResponse Run(string pathAndQuery, IReadOnlyList<string> requestArguments)
    {
        var request = ++_requests;
        var body = Path.Combine(workDirectory, $"response-{request}.html");
        var headers = Path.Combine(workDirectory, $"response-{request}.headers");
        var spec = new ProcessSpec(ExternalTool.Find("curl", "curl"),
        [
            "--silent", "--show-error",
            "--socks5-hostname", network.Socks,
            "--max-time", MaxSeconds.ToString(CultureInfo.InvariantCulture),
            "--cookie", _cookieJar, "--cookie-jar", _cookieJar,
            "--output", body, "--dump-header", headers, "--write-out", "%{http_code}",
            .. requestArguments,
            network.OnionUrl(pathAndQuery).ToString(),
        ])
        {
            Timeout = TimeSpan.FromSeconds(MaxSeconds + 30),
        };
        var result = ProcessRunner.Run(spec).EnsureSuccess();
        var location = File.ReadLines(headers)
            .Where(line => line.StartsWith("Location:", StringComparison.OrdinalIgnoreCase))
            .Select(line => line["Location:".Length..].Trim())
            .SingleOrDefault();
        // curl writes no output file for an empty body (a redirect's, say).
        return new CurlResponse(int.Parse(result.StdoutText, CultureInfo.InvariantCulture), location, File.Exists(body) ? File.ReadAllText(body) : string.Empty);
    }
}

/// <summary>What came back: the status, the Location header if any, and the body.</summary>
public sealed record CurlResponse(int Status, string? Location, string Body);
