using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Intake.Bundles.Tests.Support;

namespace Intake.Bundles.Tests.Manifest;

/// <summary>
/// Each test signs, with the trusted key, a manifest that breaks exactly one rule, so the
/// signature verifies and only the rule under test can refuse it.
/// </summary>
public sealed partial class ManifestRuleTests : IDisposable
{
    private const string A = "1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9";
    private const string B = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
    private const string Previous = "5a5a5a5a-0000-4000-8000-000000000001";
    private readonly ExportSigningKey key = ExportSigningKey.FromSeed(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private readonly List<TestPart> parts;
    private readonly string valid;

    public ManifestRuleTests()
    {
        var random = new Random(31);
        parts =
        [
            Part(random, A, 0, new DateOnly(2025, 3, 1)),
            Part(random, A, 1, new DateOnly(2025, 3, 1)),
            Part(random, B, 0, new DateOnly(2025, 3, 2)),
        ];
        var manifest = TestBundles.Manifest(key, parts) with { BundleId = Guid.Parse("c0ffee00-1234-4567-89ab-cdef01234567") };
        valid = TestBundles.ManifestJson(manifest);
    }

    public void Dispose() => key.Dispose();

    [Fact]
    public void The_unbroken_manifest_is_accepted()
    {
        Assert.Equal(parts.Select(part => part.Content), TestBundles.ReadAll(TestBundles.SignAndAssemble(key, valid, parts), key, verifyFirst: true));

        var chained = valid.Replace("\"sequence\":1,\"previous\":null", $"\"sequence\":2,\"previous\":\"{Previous}\"", StringComparison.Ordinal);
        using var reader = TestBundles.Open(TestBundles.SignAndAssemble(key, chained, parts), key);
        Assert.Equal(2, reader.Manifest.Sequence);
        Assert.Equal(Guid.Parse(Previous), reader.Manifest.PreviousBundleId);
        Assert.Equal([Guid.Parse(A), Guid.Parse(B)], reader.Manifest.Submissions);
    }

    [Fact]
    public void Whitespace_and_property_order_are_free()
    {
        var reordered = "{ \"parts\" : [" + string.Join(",\n  ", parts.Select(part => TestBundles.PartJson(part.Part))) + "],\n"
            + $"\"created_day\":\"2025-03-14\", \"server_key\":\"{key.PublicKey.KeyId}\", \"previous\":null, \"sequence\":1, \"bundle\":\"c0ffee00-1234-4567-89ab-cdef01234567\", \"format\":1 }}\n";

        Assert.Equal(parts.Select(part => part.Content), TestBundles.ReadAll(TestBundles.SignAndAssemble(key, reordered, parts), key, verifyFirst: true));
    }

    [Theory]
    [InlineData("duplicate property")]
    [InlineData("duplicate property with another value")]
    [InlineData("duplicate part property")]
    [InlineData("unknown property")]
    [InlineData("unknown property that is null")]
    [InlineData("unknown part property")]
    [InlineData("missing property")]
    [InlineData("missing previous instead of null")]
    [InlineData("missing part property")]
    [InlineData("uppercase bundle id")]
    [InlineData("uppercase submission id")]
    [InlineData("uppercase previous id")]
    [InlineData("uppercase server key")]
    [InlineData("uppercase sha256")]
    [InlineData("braced id")]
    [InlineData("id without hyphens")]
    [InlineData("short sha256")]
    [InlineData("server key too long")]
    [InlineData("part index gap")]
    [InlineData("part index not from 0")]
    [InlineData("part repeated")]
    [InlineData("parts out of submission order")]
    [InlineData("submission split")]
    [InlineData("sequence 1 with a previous id")]
    [InlineData("sequence 2 without a previous id")]
    [InlineData("sequence 0")]
    [InlineData("sequence negative")]
    [InlineData("sequence as decimal")]
    [InlineData("sequence as string")]
    [InlineData("one submission with two days")]
    [InlineData("size 0")]
    [InlineData("size negative")]
    [InlineData("size beyond 2^40")]
    [InlineData("impossible day")]
    [InlineData("day without padding")]
    [InlineData("day with a time")]
    [InlineData("created day missing its dashes")]
    [InlineData("previous empty string")]
    [InlineData("parts not an array")]
    [InlineData("part not an object")]
    [InlineData("root an array")]
    [InlineData("comment")]
    [InlineData("trailing comma")]
    [InlineData("not JSON")]
    [InlineData("format as string")]
    [InlineData("format as decimal")]
    public void A_manifest_breaking_a_rule_is_malformed(string rule) =>
        Assert.Equal(BundleProblem.MalformedManifest, Refusal(rule));

    [Theory]
    [InlineData("format 2")]
    [InlineData("format 0")]
    [InlineData("format 99")]
    public void A_manifest_of_another_format_is_unsupported(string rule) =>
        Assert.Equal(BundleProblem.UnsupportedVersion, Refusal(rule));

    [Fact]
    public void Text_after_the_manifest_object_is_malformed()
    {
        foreach (var suffix in new[] { "x", "{}", "]" })
        {
            Assert.Equal(BundleProblem.MalformedManifest, TestBundles.Refusal(() => TestBundles.Open(TestBundles.SignAndAssemble(key, valid + suffix, parts), key)));
        }
    }

    private BundleProblem Refusal(string rule)
    {
        var broken = Break(rule);
        Assert.NotEqual(valid, broken);
        var bundle = TestBundles.SignAndAssemble(key, broken, parts);
        return TestBundles.Refusal(() => TestBundles.Open(bundle, key));
    }

    private string Break(string rule)
    {
        var partsArray = PartsArray().Match(valid).Value;
        var a0 = TestBundles.PartJson(parts[0].Part);
        var a1 = TestBundles.PartJson(parts[1].Part);
        var b0 = TestBundles.PartJson(parts[2].Part);
        return rule switch
        {
            "duplicate property" => First(valid, "\"sequence\":1,", "\"sequence\":1,\"sequence\":1,"),
            "duplicate property with another value" => First(valid, "\"sequence\":1,", "\"sequence\":1,\"sequence\":2,"),
            "duplicate part property" => First(valid, "\"part\":0,", "\"part\":0,\"part\":0,"),
            "unknown property" => First(valid, "{\"format\":1,", "{\"format\":1,\"note\":\"x\","),
            "unknown property that is null" => First(valid, "{\"format\":1,", "{\"format\":1,\"note\":null,"),
            "unknown part property" => First(valid, "\"part\":0,", "\"part\":0,\"name\":\"photo.jpg\","),
            "missing property" => CreatedDay().Replace(valid, string.Empty, 1),
            "missing previous instead of null" => First(valid, "\"previous\":null,", string.Empty),
            "missing part property" => PartDay().Replace(valid, string.Empty, 1),
            "uppercase bundle id" => First(valid, "c0ffee00-1234-4567-89ab-cdef01234567", "C0FFEE00-1234-4567-89AB-CDEF01234567"),
            "uppercase submission id" => valid.Replace(A, A.ToUpperInvariant(), StringComparison.Ordinal),
            "uppercase previous id" => First(valid, "\"sequence\":1,\"previous\":null", $"\"sequence\":2,\"previous\":\"{Previous.ToUpperInvariant()}\""),
            "uppercase server key" => First(valid, key.PublicKey.KeyId, key.PublicKey.KeyId.ToUpperInvariant()),
            "uppercase sha256" => First(valid, parts[0].Part.Sha256Hex, parts[0].Part.Sha256Hex.ToUpperInvariant()),
            "braced id" => valid.Replace(A, "{" + A + "}", StringComparison.Ordinal),
            "id without hyphens" => valid.Replace(A, A.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal),
            "short sha256" => First(valid, parts[0].Part.Sha256Hex, parts[0].Part.Sha256Hex[..62]),
            "server key too long" => First(valid, key.PublicKey.KeyId, key.PublicKey.KeyId + "00"),
            "part index gap" => First(valid, a1, a1.Replace("\"part\":1", "\"part\":2", StringComparison.Ordinal)),
            "part index not from 0" => First(valid, b0, b0.Replace("\"part\":0", "\"part\":1", StringComparison.Ordinal)),
            "part repeated" => First(valid, a1, a0),
            "parts out of submission order" => First(valid, partsArray, $"[{b0},{a0},{a1}]"),
            "submission split" => First(valid, partsArray, $"[{a0},{b0},{a1}]"),
            "sequence 1 with a previous id" => First(valid, "\"previous\":null", $"\"previous\":\"{Previous}\""),
            "sequence 2 without a previous id" => First(valid, "\"sequence\":1,", "\"sequence\":2,"),
            "sequence 0" => First(valid, "\"sequence\":1,", "\"sequence\":0,"),
            "sequence negative" => First(valid, "\"sequence\":1,", "\"sequence\":-1,"),
            "sequence as decimal" => First(valid, "\"sequence\":1,", "\"sequence\":1.0,"),
            "sequence as string" => First(valid, "\"sequence\":1,", "\"sequence\":\"1\","),
            "one submission with two days" => First(valid, a1, a1.Replace("2025-03-01", "2025-03-02", StringComparison.Ordinal)),
            "size 0" => SizeOfFirstPart(valid, "0"),
            "size negative" => SizeOfFirstPart(valid, "-5"),
            "size beyond 2^40" => SizeOfFirstPart(valid, ((1L << 40) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "impossible day" => valid.Replace("2025-03-01", "2025-02-30", StringComparison.Ordinal),
            "day without padding" => valid.Replace("2025-03-01", "2025-3-1", StringComparison.Ordinal),
            "day with a time" => valid.Replace("2025-03-01", "2025-03-01T00:00:00", StringComparison.Ordinal),
            "created day missing its dashes" => First(valid, "\"created_day\":\"2025-03-14\"", "\"created_day\":\"20250314\""),
            "previous empty string" => First(valid, "\"previous\":null", "\"previous\":\"\""),
            "parts not an array" => First(valid, partsArray, "{}"),
            "part not an object" => First(valid, partsArray, $"[1,{a0},{a1},{b0}]"),
            "root an array" => $"[{valid}]",
            "comment" => "/* exported */" + valid,
            "trailing comma" => valid[..^2] + ",]}",
            "not JSON" => "format=1",
            "format as string" => First(valid, "\"format\":1,", "\"format\":\"1\","),
            "format as decimal" => First(valid, "\"format\":1,", "\"format\":1.0,"),
            "format 2" => First(valid, "\"format\":1,", "\"format\":2,"),
            "format 0" => First(valid, "\"format\":1,", "\"format\":0,"),
            "format 99" => First(valid, "\"format\":1,", "\"format\":99,"),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "no such rule"),
        };
    }

    private static string First(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{find}\" not in the manifest");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    private string SizeOfFirstPart(string text, string size) =>
        First(text, $"\"size\":{parts[0].Content.Length},", $"\"size\":{size},");

    private static TestPart Part(Random random, string submission, int index, DateOnly day)
    {
        var content = new byte[random.Next(10, 500)];
        random.NextBytes(content);
        return new TestPart(new BundlePart(Guid.Parse(submission), index, day, content.Length, SHA256.HashData(content)), content);
    }

    [GeneratedRegex("\\[.*\\]")]
    private static partial Regex PartsArray();

    [GeneratedRegex("\"created_day\":\"[0-9-]+\",")]
    private static partial Regex CreatedDay();

    [GeneratedRegex(",\"day\":\"[0-9-]+\"")]
    private static partial Regex PartDay();
}
