using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Intake.Server.Tests.Support;

namespace Intake.Server.Tests.Submissions;

/// <summary>
/// A testimony with answers and files, one of them 200 MiB, sent over real HTTP to real
/// Kestrel, stored in a real SQLite file, read back part by part and decrypted by a separate
/// age implementation with the reviewer's key: the reviewer gets exactly what the source sent.
/// </summary>
public sealed class EndToEndSubmissionTests
{
    private const long LargeFileBytes = 200L * 1024 * 1024;

    // Questionnaire order does not matter to the test: the answers are compared by id.
    private static readonly KeyValuePair<string, string>[] SentFields =
    [
        new("mission_country", "VE"),
        new("mission_city", "  Maracaibo, Zulia  "),
        new("mission_start_year", " 2015 "),
        new("mission_end_year", "2019"),
        new("sector", "medicine"),
        new("profession", "Médica general integral (MGI)"),
        new("employer", "csmc"),
        new("contract_seen_before_leaving", "no"),
        new("contract_signed", "yes"),
        new("passport_held_by", "mission_coordinator"),
        new("pay_withheld_percent", "75"),
        // Posted in the reverse of the questionnaire's order, which the document restores.
        new("pay_held_how", "paid_on_return"),
        new("pay_held_how", "frozen_account_cuba"),
        new("hours_per_week", "64"),
        new("surveillance", "phones_checked"),
        new("surveillance", "minders"),
        new("threats_against_family", "yes"),
        new("return_ban", "banned"),
        new("return_ban_years", "8"),
        new("left_mission", "left_stayed"),
        new("narrative", "  Nos quitaron el pasaporte al llegar.\r\nEl 75 % del salario se quedaba en Cuba.\r\n\r\n«No vuelvas» — dijo el jefe & <nadie> respondió. 🇨🇺  "),
        new("not_a_question", "ignored"),
        new("consent_statistics", "yes"),
        new("consent_quotes", "no"),
        new("consent_un_and_courts", "yes"),
    ];

    private static readonly JsonObject ExpectedAnswers = new()
    {
        ["mission_country"] = "VE",
        ["mission_city"] = "Maracaibo, Zulia",
        ["mission_start_year"] = 2015,
        ["mission_end_year"] = 2019,
        ["sector"] = "medicine",
        ["profession"] = "Médica general integral (MGI)",
        ["employer"] = "csmc",
        ["contract_seen_before_leaving"] = false,
        ["contract_signed"] = true,
        ["passport_held_by"] = "mission_coordinator",
        ["pay_withheld_percent"] = 75,
        ["pay_held_how"] = new JsonArray("frozen_account_cuba", "paid_on_return"),
        ["hours_per_week"] = 64,
        ["surveillance"] = new JsonArray("minders", "phones_checked"),
        ["threats_against_family"] = true,
        ["return_ban"] = "banned",
        ["return_ban_years"] = 8,
        ["left_mission"] = "left_stayed",
        ["narrative"] = "Nos quitaron el pasaporte al llegar.\nEl 75 % del salario se quedaba en Cuba.\n\n«No vuelvas» — dijo el jefe & <nadie> respondió. 🇨🇺",
        ["consent_statistics"] = true,
        ["consent_quotes"] = false,
        ["consent_un_and_courts"] = true,
    };

    [Fact]
    public async Task A_classic_deployment_stores_what_age_decrypts_with_the_demo_key_to_exactly_what_was_sent()
    {
        using var keys = new TempDirectory("keys");
        var identity = DemoReviewer.WriteIdentity(keys);
        await RoundTripAsync(DemoReviewer.Recipient, "X25519", (part, sink) => AgeTool.DecryptAsync(identity, part, sink));
    }

    [Fact]
    public async Task A_post_quantum_deployment_stores_what_intake_age_decrypts_to_exactly_what_was_sent()
    {
        using var keys = new TempDirectory("keys");
        var (identityFile, _, recipient) = IntakeAgeTool.Keygen(keys.File("reviewer.key"), postQuantum: true);
        Assert.StartsWith("age1pq1", recipient, StringComparison.Ordinal);
        await RoundTripAsync(recipient, "mlkem768x25519", (part, sink) => IntakeAgeTool.DecryptAsync(identityFile, part, sink));
    }

    private static async Task RoundTripAsync(string recipient, string stanzaType, Func<Stream, Stream, Task> decrypt)
    {
        var files = new List<SentFile>
        {
            SentFile.Bytes("carta de José — contrato.txt", "text/plain", Encoding.UTF8.GetBytes("Contrato: nunca lo vi antes de salir.\nFirmado en La Habana.\n")),
            SentFile.Seeded("pasaporte (foto).jpg", "image/jpeg", seed: 11, length: 300 * 1024 + 7),
            SentFile.Bytes("vacío.pdf", "application/pdf", []),
            SentFile.Seeded("one-age-chunk.bin", "application/octet-stream", seed: 12, length: 64 * 1024),
            SentFile.Seeded("grabación de la reunión.m4a", "audio/mp4", seed: 13, length: LargeFileBytes),
        };

        await using var host = await IntakeHost.StartAsync(new HostOptions { Recipients = [recipient] });
        using var browser = host.NewBrowser();
        var body = MultipartBody.WithToken(await browser.LoadFormAsync("es")).Fields(SentFields);
        foreach (var file in files)
        {
            body.File(file.Name, file.Type, file.Open, file.Length);
        }
        body.EmptyFileInput();
        Assert.True(body.Length > LargeFileBytes);

        var response = await browser.PostAsync("/submit?lang=es", body);

        Assert.True(response.Status == HttpStatusCode.SeeOther, response.ToString());
        Assert.Equal("/thanks?lang=es", response.Header("Location"));
        var stored = Assert.Single(await host.Submissions.ListCompleteAsync());
        Assert.Equal(files.Count + 1, stored.PartSizes.Count);

        for (var index = 0; index < stored.PartSizes.Count; index++)
        {
            await using var part = await host.Submissions.OpenPartAsync(stored.Id, index);
            Assert.Equal([stanzaType], await AgeHeader.StanzaTypesAsync(part));
        }

        using var answersPlaintext = new MemoryStream();
        await using (var part = await host.Submissions.OpenPartAsync(stored.Id, 0))
        {
            await decrypt(part, answersPlaintext);
        }
        var document = JsonNode.Parse(answersPlaintext.ToArray())!.AsObject();
        Assert.Equal(["questionnaire", "version", "language", "answers", "attachments"], document.Select(p => p.Key));
        Assert.Equal("mission-testimony", (string?)document["questionnaire"]);
        Assert.Equal(1, (int?)document["version"]);
        Assert.Equal("es", (string?)document["language"]);
        AssertAnswers(document["answers"]!.AsObject());

        var manifest = document["attachments"]!.AsArray();
        Assert.Equal(files.Count, manifest.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var entry = manifest[i]!.AsObject();
            Assert.Equal(["name", "type", "size", "sha256"], entry.Select(p => p.Key));
            Assert.Equal(files[i].Name, (string?)entry["name"]);
            Assert.Equal(files[i].Type, (string?)entry["type"]);
            Assert.Equal(files[i].Length, (long?)entry["size"]);
            Assert.Equal(files[i].Sha256Hex, (string?)entry["sha256"]);

            using var plaintext = new HashingSink();
            await using (var part = await host.Submissions.OpenPartAsync(stored.Id, i + 1))
            {
                await decrypt(part, plaintext);
            }
            Assert.Equal(files[i].Length, plaintext.BytesWritten);
            Assert.True(files[i].Sha256Hex == plaintext.Sha256Hex(), $"part {i + 1} ({files[i].Name}) decrypts to other bytes than were sent");
        }
    }

    private static void AssertAnswers(JsonObject actual)
    {
        Assert.Equal(ExpectedAnswers.Select(p => p.Key).Order(StringComparer.Ordinal), actual.Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var (id, expected) in ExpectedAnswers)
        {
            Assert.True(
                JsonNode.DeepEquals(JsonNode.Parse(expected!.ToJsonString()), JsonNode.Parse(actual[id]!.ToJsonString())),
                $"answer {id}: expected {expected!.ToJsonString()}, stored {actual[id]!.ToJsonString()}");
        }
    }

    private sealed record SentFile(string Name, string Type, Func<Stream> Open, long Length, string Sha256Hex)
    {
        public static SentFile Bytes(string name, string type, byte[] contents) =>
            new(name, type, () => new MemoryStream(contents, writable: false), contents.Length, Convert.ToHexStringLower(SHA256.HashData(contents)));

        public static SentFile Seeded(string name, string type, ulong seed, long length) =>
            new(name, type, () => new SeededStream(seed, length), length, SeededStream.Sha256Hex(seed, length));
    }
}
