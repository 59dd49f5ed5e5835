using System.Globalization;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Intake.Bundles;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Export;

/// <summary>
/// What a bundle carries is exactly the ciphertext the server stored, it verifies under the
/// key `intake export --show-key` prints, and the reviewers' key (here the real `age` CLI with
/// the DEMO key) opens it to what the sources sent.
/// </summary>
[Collection(ExportedServerTests.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class ExportBundleContentTests(ExportedServer server)
{
    [Fact]
    public void The_shown_key_parses_names_its_key_id_and_says_how_reviewers_pin_it()
    {
        var lines = server.ShowKey.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var key = ExportPublicKey.Parse(lines[0]);

        Assert.Equal(2, lines.Length);
        Assert.Equal(lines[0], key.ToString());
        Assert.StartsWith("intake-export1", lines[0], StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{16}$", key.KeyId);
        Assert.Equal($"key id {key.KeyId}: reviewers pin it with `review trust-server {key}`", lines[1]);
    }

    [Fact]
    public void Every_part_verifies_and_is_byte_for_byte_the_stored_ciphertext()
    {
        foreach (var path in new[] { server.First.Path, server.Third.Path })
        {
            using var bundle = server.Open(path);
            bundle.VerifyParts();
            var count = 0;
            while (bundle.NextPart() is { } part)
            {
                var bytes = ReadAll(part.Content);
                Assert.Equal(server.Rows.Ciphertext(part.Part.SubmissionId, part.Part.PartIndex), bytes);
                Assert.Equal(part.Part.Size, bytes.Length);
                Assert.Equal(part.Part.Sha256, SHA256.HashData(bytes));
                Assert.Equal(server.Rows.ReceivedDay(part.Part.SubmissionId), part.Part.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                count++;
            }

            Assert.Equal(bundle.Manifest.Parts.Count, count);
        }
    }

    [Fact]
    public async Task Each_testimony_in_the_bundles_decrypts_with_age_and_the_demo_key_to_what_was_sent()
    {
        using var keys = new TempDirectory("export-keys");
        var identity = DemoReviewer.WriteIdentity(keys);
        var sent = server.All.ToDictionary(t => t.Id);
        var seen = new List<Guid>();
        foreach (var path in new[] { server.First.Path, server.Third.Path })
        {
            using var bundle = server.Open(path);
            while (bundle.NextPart() is { } part)
            {
                var testimony = sent[part.Part.SubmissionId];
                var plaintext = await DecryptAsync(identity, part.Content);
                if (part.Part.PartIndex == 0)
                {
                    AssertAnswers(testimony, plaintext);
                    seen.Add(testimony.Id);
                }
                else
                {
                    Assert.True(testimony.Files[part.Part.PartIndex - 1].Contents.AsSpan().SequenceEqual(plaintext), $"part {part.Part.PartIndex} of {testimony.Id} decrypts to other bytes than were sent");
                }
            }
        }

        // Bundle 1 lists the first three in id order, then bundle 3 the fourth.
        Assert.Equal([.. server.FirstBatch.Select(t => t.Id).OrderBy(id => id.ToString("D"), StringComparer.Ordinal), server.Later.Id], seen);
    }

    private static void AssertAnswers(SentTestimony testimony, byte[] plaintext)
    {
        var document = JsonNode.Parse(plaintext)!.AsObject();
        Assert.Equal("mission-testimony", (string?)document["questionnaire"]);
        Assert.Equal(testimony.Narrative, (string?)document["answers"]!["narrative"]);
        Assert.Equal(true, (bool?)document["answers"]!["consent_statistics"]);
        var attachments = document["attachments"]!.AsArray();
        Assert.Equal(testimony.Files.Select(f => f.Name), attachments.Select(a => (string?)a!["name"]));
        Assert.Equal(testimony.Files.Select(f => f.Sha256Hex), attachments.Select(a => (string?)a!["sha256"]));
    }

    private static async Task<byte[]> DecryptAsync(string identity, Stream ciphertext)
    {
        using var plaintext = new MemoryStream();
        await AgeTool.DecryptAsync(identity, ciphertext, plaintext);
        return plaintext.ToArray();
    }

    private static byte[] ReadAll(Stream content)
    {
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }
}
