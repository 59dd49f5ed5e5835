using System.Globalization;
using System.Text.Json;

namespace Intake.Bundles;

/// <summary>
/// Reads one JSON object of an untrusted file with no slack: exactly the expected properties,
/// each once, each of the expected type and canonical form. Any deviation throws a
/// <see cref="BundleException"/> with the given problem, so parsing fails closed.
/// </summary>
internal sealed class StrictJsonObject
{
    private readonly Dictionary<string, JsonElement> properties = new(StringComparer.Ordinal);
    private readonly BundleProblem problem;
    private readonly string what;

    public StrictJsonObject(JsonElement element, IReadOnlyCollection<string> names, BundleProblem problem, string what)
    {
        this.problem = problem;
        this.what = what;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail("is not a JSON object");
        }

        foreach (var property in element.EnumerateObject())
        {
            var name = Text(() => property.Name);
            if (!names.Contains(name) || !properties.TryAdd(name, property.Value))
            {
                throw Fail($"has an unexpected or repeated property \"{name}\"");
            }
        }

        var missing = names.FirstOrDefault(name => !properties.ContainsKey(name));
        if (missing is not null)
        {
            throw Fail($"lacks the property \"{missing}\"");
        }
    }

    public static JsonDocument Parse(ReadOnlySpan<byte> json, BundleProblem problem, string what)
    {
        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            throw new BundleException(problem, $"The {what} is not UTF-8 text.");
        }

        JsonDocument? document = null;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 8 });
            document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                throw new JsonException("More than one JSON value.");
            }

            return document;
        }
        catch (JsonException e)
        {
            document?.Dispose();
            throw new BundleException(problem, $"The {what} is not valid JSON.", e);
        }
    }

    public long Integer(string name, long min, long max)
    {
        var value = properties[name];
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= min && number <= max
            ? number
            : throw Fail($"has \"{name}\" that is not a whole number from {min} to {max}");
    }

    public Guid Id(string name) => ParseId(String(name), name);

    public Guid? OptionalId(string name) =>
        properties[name].ValueKind == JsonValueKind.Null ? null : Id(name);

    public DateOnly Day(string name)
    {
        var text = String(name);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw Fail($"has \"{name}\" that is not a yyyy-MM-dd day");
    }

    public byte[] Hex(string name, int length)
    {
        var text = String(name);
        return text.Length == length * 2 && text.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c))
            ? Convert.FromHexString(text)
            : throw Fail($"has \"{name}\" that is not {length * 2} lowercase hex digits");
    }

    public string HexText(string name, int length) => Convert.ToHexStringLower(Hex(name, length));

    public IEnumerable<JsonElement> Array(string name) =>
        properties[name].ValueKind == JsonValueKind.Array ? properties[name].EnumerateArray() : throw Fail($"has \"{name}\" that is not an array");

    public Guid ParseId(string text, string name) =>
        Guid.TryParseExact(text, "D", out var id) && text == id.ToString("D")
            ? id
            : throw Fail($"has \"{name}\" that is not a lowercase id");

    public BundleException Fail(string detail) => new(problem, $"The {what} {detail}.");

    public string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.String ? Text(() => element.GetString()!) : throw Fail($"has \"{name}\" that is not a string");

    private string String(string name) => Text(properties[name], name);

    // Invalid UTF-8 or a lone surrogate escape only shows when a string is decoded.
    private string Text(Func<string> decode)
    {
        try
        {
            return decode();
        }
        catch (InvalidOperationException)
        {
            throw Fail("has text that is not valid Unicode");
        }
    }
}
