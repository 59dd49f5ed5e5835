using System.Net;

namespace Intake.Server.Tests.Support;

/// <summary>A response, read to the end: status, headers (each value on its own), body.</summary>
internal sealed record Page(HttpStatusCode Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    public IReadOnlyList<string> SetCookies => [.. Values("Set-Cookie")];

    /// <summary>A header's values joined with ", "; null when absent.</summary>
    public string? Header(string name) => Values(name).ToList() is { Count: > 0 } values ? string.Join(", ", values) : null;

    public static Page From(HttpResponseMessage response, string body)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers.Concat(response.Content.Headers)
            .SelectMany(header => header.Value.Select(value => new KeyValuePair<string, string>(header.Key, value)))
            .ToList();
        return new Page(response.StatusCode, headers, body);
    }

    public override string ToString() => $"{(int)Status} {Status}: {(Body.Length > 600 ? Body[..600] + "…" : Body)}";

    private IEnumerable<string> Values(string name) =>
        Headers.Where(header => header.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(header => header.Value);
}
