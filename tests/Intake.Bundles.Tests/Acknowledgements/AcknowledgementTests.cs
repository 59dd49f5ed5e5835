using System.Text;
using System.Text.Json;
using Intake.Bundles.Tests.Support;

namespace Intake.Bundles.Tests.Acknowledgements;

public sealed class AcknowledgementTests
{
    private const string Submission1 = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private const string Submission2 = "f0e1d2c3-b4a5-4968-8776-655443322110";
    private static readonly string Sha = new string('a', 32) + new string('0', 32);

    [Fact]
    public void An_acknowledgement_round_trips_through_its_json()
    {
        var random = new Random(51);
        var bundles = Enumerable.Range(0, 3).Select(i => new AcknowledgedBundle(
            Convert.ToHexStringLower(RandomBytes(random, 8)),
            Guid.NewGuid(),
            i + 1,
            RandomBytes(random, 32),
            [.. Enumerable.Range(0, i * 2).Select(_ => Guid.NewGuid())])).ToList();

        var json = new Acknowledgement(bundles).ToJson();
        var parsed = Acknowledgement.Parse(json);

        Assert.Equal(bundles.Count, parsed.Bundles.Count);
        foreach (var (expected, actual) in bundles.Zip(parsed.Bundles))
        {
            Assert.Equal(expected.ServerKeyId, actual.ServerKeyId);
            Assert.Equal(expected.BundleId, actual.BundleId);
            Assert.Equal(expected.Sequence, actual.Sequence);
            Assert.Equal(expected.ManifestSha256, actual.ManifestSha256);
            Assert.Equal(expected.Submissions, actual.Submissions);
        }

        using var document = JsonDocument.Parse(json);
        Assert.Equal("testimonio-acknowledgement", document.RootElement.GetProperty("kind").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("format").GetInt32());
        Assert.Equal(bundles[2].BundleId.ToString("D"), document.RootElement.GetProperty("bundles")[2].GetProperty("bundle").GetString());
    }

    [Fact]
    public void An_acknowledgement_of_no_bundles_round_trips()
    {
        Assert.Empty(Acknowledgement.Parse(new Acknowledgement([]).ToJson()).Bundles);
    }

    [Fact]
    public async Task An_acknowledgement_quotes_back_what_the_reader_read()
    {
        using var key = ExportSigningKey.Generate();
        var parts = TestBundles.RandomParts(new Random(52), submissions: 4, maxSize: 100);
        var bundle = await TestBundles.WriteAsync(TestBundles.Manifest(key, parts, sequence: 3, previous: Guid.NewGuid()), key, parts);
        using var reader = TestBundles.Open(bundle, key);
        reader.VerifyParts();
        var acknowledged = new AcknowledgedBundle(reader.ServerKey.KeyId, reader.Manifest.BundleId, reader.Manifest.Sequence, reader.ManifestSha256, [.. reader.Manifest.Submissions]);

        var parsed = Acknowledgement.Parse(new Acknowledgement([acknowledged]).ToJson()).Bundles.Single();

        Assert.Equal(key.PublicKey.KeyId, parsed.ServerKeyId);
        Assert.Equal(3, parsed.Sequence);
        Assert.Equal(reader.ManifestSha256, parsed.ManifestSha256);
        Assert.Equal(parts.Select(part => part.Part.SubmissionId).Distinct(), parsed.Submissions);
    }

    [Fact]
    public void A_hand_written_acknowledgement_in_any_property_order_is_read()
    {
        var text = $"{{ \"bundles\": [ {{\"submissions\":[\"{Submission1}\"], \"manifest_sha256\":\"{Sha}\", \"sequence\":9, \"bundle\":\"{Submission2}\", \"server_key\":\"0123456789abcdef\"}} ], \"format\": 1, \"kind\": \"testimonio-acknowledgement\" }}";

        var bundle = Acknowledgement.Parse(Encoding.UTF8.GetBytes(text)).Bundles.Single();

        Assert.Equal("0123456789abcdef", bundle.ServerKeyId);
        Assert.Equal(9, bundle.Sequence);
        Assert.Equal(Guid.Parse(Submission2), bundle.BundleId);
        Assert.Equal(Convert.FromHexString(Sha), bundle.ManifestSha256);
        Assert.Equal([Guid.Parse(Submission1)], bundle.Submissions);
    }

    [Theory]
    [InlineData("wrong kind")]
    [InlineData("kind a number")]
    [InlineData("kind missing")]
    [InlineData("format 2")]
    [InlineData("format 0")]
    [InlineData("format as string")]
    [InlineData("format missing")]
    [InlineData("duplicate submission")]
    [InlineData("uppercase manifest hash")]
    [InlineData("short manifest hash")]
    [InlineData("manifest hash not hex")]
    [InlineData("short server key")]
    [InlineData("uppercase server key")]
    [InlineData("extra root property")]
    [InlineData("extra bundle property")]
    [InlineData("duplicate root property")]
    [InlineData("duplicate bundle property")]
    [InlineData("sequence 0")]
    [InlineData("sequence as string")]
    [InlineData("submission a number")]
    [InlineData("uppercase submission id")]
    [InlineData("braced submission id")]
    [InlineData("bundles not an array")]
    [InlineData("bundle not an object")]
    [InlineData("root an array")]
    [InlineData("empty")]
    [InlineData("not JSON")]
    public void A_malformed_acknowledgement_is_refused(string rule)
    {
        var text = Break(rule);
        Assert.NotEqual(Valid(), text);

        Assert.Equal(BundleProblem.MalformedAcknowledgement, TestBundles.Refusal(() => Acknowledgement.Parse(Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void The_unbroken_acknowledgement_is_accepted()
    {
        Assert.Equal(2, Acknowledgement.Parse(Encoding.UTF8.GetBytes(Valid())).Bundles.Single().Submissions.Count);
    }

    [Fact]
    public void Text_after_the_object_and_invalid_text_are_refused()
    {
        byte[][] inputs =
        [
            Encoding.UTF8.GetBytes(Valid() + " trailing"),
            Encoding.UTF8.GetBytes(Valid() + "{}"),
            Encoding.UTF8.GetBytes(Valid().Replace("\"kind\"", "\"\\ud800\"", StringComparison.Ordinal)),
            [.. Encoding.UTF8.GetBytes(Valid()[..^1]), .. ",\""u8, 0xE6, .. "\":1}"u8],
        ];

        foreach (var input in inputs)
        {
            var error = Record.Exception(() => Acknowledgement.Parse(input));
            Assert.True(error is BundleException { Problem: BundleProblem.MalformedAcknowledgement }, error?.GetType().Name ?? "accepted");
        }
    }

    private static string Valid(
        string kind = "\"testimonio-acknowledgement\"",
        string format = "\"format\":1,",
        string serverKey = "\"0123456789abcdef\"",
        string sequence = "3",
        string sha = "",
        string submissions = $"\"{Submission1}\",\"{Submission2}\"",
        string extraRoot = "",
        string extraBundle = "") =>
        $"{{\"kind\":{kind},{format}{extraRoot}\"bundles\":[{{\"server_key\":{serverKey},\"bundle\":\"c0ffee00-1234-4567-89ab-cdef01234567\",{extraBundle}\"sequence\":{sequence},"
        + $"\"manifest_sha256\":\"{(sha.Length == 0 ? Sha : sha)}\",\"submissions\":[{submissions}]}}]}}";

    private static string Break(string rule) => rule switch
    {
        "wrong kind" => Valid(kind: "\"testimonio-export\""),
        "kind a number" => Valid(kind: "1"),
        "kind missing" => Valid().Replace("\"kind\":\"testimonio-acknowledgement\",", string.Empty, StringComparison.Ordinal),
        "format 2" => Valid(format: "\"format\":2,"),
        "format 0" => Valid(format: "\"format\":0,"),
        "format as string" => Valid(format: "\"format\":\"1\","),
        "format missing" => Valid(format: string.Empty),
        "duplicate submission" => Valid(submissions: $"\"{Submission1}\",\"{Submission2}\",\"{Submission1}\""),
        "uppercase manifest hash" => Valid(sha: Sha.ToUpperInvariant()),
        "short manifest hash" => Valid(sha: Sha[..62]),
        "manifest hash not hex" => Valid(sha: "g" + Sha[1..]),
        "short server key" => Valid(serverKey: "\"0123456789abcde\""),
        "uppercase server key" => Valid(serverKey: "\"0123456789ABCDEF\""),
        "extra root property" => Valid(extraRoot: "\"reviewer\":\"ana\","),
        "extra bundle property" => Valid(extraBundle: "\"note\":null,"),
        "duplicate root property" => Valid(extraRoot: "\"format\":1,"),
        "duplicate bundle property" => Valid(extraBundle: "\"sequence\":3,"),
        "sequence 0" => Valid(sequence: "0"),
        "sequence as string" => Valid(sequence: "\"3\""),
        "submission a number" => Valid(submissions: $"\"{Submission1}\",7"),
        "uppercase submission id" => Valid(submissions: $"\"{Submission2.ToUpperInvariant()}\""),
        "braced submission id" => Valid(submissions: $"\"{{{Submission1}}}\""),
        "bundles not an array" => Valid().Replace("\"bundles\":[", "\"bundles\":{\"x\":", StringComparison.Ordinal)[..^2] + "}}",
        "bundle not an object" => Valid().Replace("\"bundles\":[", "\"bundles\":[1,", StringComparison.Ordinal),
        "root an array" => $"[{Valid()}]",
        "empty" => string.Empty,
        "not JSON" => "kind=testimonio-acknowledgement",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "no such rule"),
    };

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
