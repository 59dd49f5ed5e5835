using System.Net;
using System.Security.Cryptography;
using System.Text;
using Intake.Bundles;
using Intake.Crypto.Age;
using Intake.EndToEnd.Http;
using Intake.EndToEnd.Review;
using Intake.EndToEnd.Support;
using Intake.Review.Workspace;
using Xunit.Abstractions;

namespace Intake.EndToEnd.Workflow;

/// <summary>
/// The whole way from sources to the air-gapped laptop and back: 50 testimonies with
/// attachments through the real server, `intake export`, `review import` into a fresh
/// workspace with a reviewer identity made by `review keygen`, every answer and attachment
/// compared byte for byte, an empty second bundle, `review ack`, and `intake purge` removing
/// exactly what was acknowledged and leaving no byte of its ciphertext in the database file.
/// </summary>
public sealed class ReviewWorkflowTests(ITestOutputHelper output)
{
    private const int Testimonies = 50;
    private const string Passphrase = "frase de paso de prueba, larga";

    [Theory]
    [InlineData("post-quantum")]
    [InlineData("classic")]
    public async Task Fifty_testimonies_reach_the_reviewer_intact_and_only_acknowledged_ones_are_purged(string identityKind)
    {
        using var temp = new TempDirectory("workflow") { LeaveIfBusy = true };
        var review = new ReviewProgram(temp.NewPath("workspace"), temp.WritePrivate("passphrase.txt", Passphrase + "\n"));
        review.Run("init");
        var recipient = review.Run(identityKind == "classic" ? ["keygen", "--classic"] : ["keygen"]).StdoutText
            .Split('\n').Select(line => line.Trim()).Single(line => line.StartsWith("age1", StringComparison.Ordinal));
        Assert.Equal(identityKind == "classic", !recipient.StartsWith("age1pq1", StringComparison.Ordinal));

        var data = temp.File("data");
        IntakePrograms.Intake("recipients", "add", recipient, "--label", "workflow", "--data", data).EnsureSuccess();
        await using var server = await IntakeServer.StartAsync(data);
        var sent = Enumerable.Range(1, Testimonies).Select(SentTestimony.Make).ToList();
        await SubmitAllAsync(server, sent);

        var serverKey = IntakePrograms.Intake("export", "--data", data, "--show-key").EnsureSuccess().StdoutText.Split('\n')[0].Trim();
        var first = Export(data, temp.File("bundle-1.bundle"));
        var second = Export(data, temp.File("bundle-2.bundle"));
        var exported = ReadParts(first, serverKey);
        Assert.Equal(Testimonies, exported.Select(part => part.Part.SubmissionId).Distinct().Count());
        Assert.Empty(ReadParts(second, serverKey));

        // Three more arrive and go out in a third bundle the reviewers have not imported yet.
        var late = Enumerable.Range(Testimonies + 1, 3).Select(SentTestimony.Make).ToList();
        await SubmitAllAsync(server, late);
        var third = Export(data, temp.File("bundle-3.bundle"));

        review.Run("trust-server", serverKey);
        output.WriteLine(review.Run("import", first).StdoutText);
        review.Run("import", second);
        var workspaceBefore = DatabaseBytes.Read(Path.Combine(review.Workspace, "workspace.db"));
        Assert.Contains("already imported", review.Run("import", first).StdoutText, StringComparison.Ordinal);
        Assert.Equal(workspaceBefore, DatabaseBytes.Read(Path.Combine(review.Workspace, "workspace.db")));

        CompareWithWhatWasSent(review.Workspace, sent, exported);
        AssertNoCanaryOnDisk(review.Workspace, sent);

        var ack = temp.File("ack.json");
        review.Run("ack", "--out", ack);
        var purge = IntakePrograms.Intake("purge", "--data", data, "--ack", ack).EnsureSuccess();
        Assert.Contains($"Purged {Testimonies} testimonies", purge.StdoutText, StringComparison.Ordinal);

        var database = DatabaseBytes.Read(Path.Combine(data, "intake.db"));
        Assert.All(exported, part => Assert.All(Slices(part.Content), slice => Assert.False(DatabaseBytes.Contains(database, slice), $"purged ciphertext of {part.Part.SubmissionId} part {part.Part.PartIndex} is still in the database")));
        var kept = ReadParts(third, serverKey);
        Assert.Equal(late.Count, kept.Select(part => part.Part.SubmissionId).Distinct().Count());
        Assert.All(kept, part => Assert.True(DatabaseBytes.Contains(database, Slices(part.Content)[0]), "a testimony the reviewers never acknowledged was purged"));
    }

    private static async Task SubmitAllAsync(IntakeServer server, IReadOnlyList<SentTestimony> testimonies)
    {
        using var gate = new SemaphoreSlim(4);
        await Task.WhenAll(testimonies.Select(async testimony =>
        {
            await gate.WaitAsync();
            try
            {
                using var client = new FormClient(server.BaseAddress);
                var files = testimony.Attachments.Select(file => (file.FileName, (HttpContent)FormClient.Bytes(file.Content, "application/octet-stream"))).ToList();
                using var response = await client.SubmitAsync(await client.LoadFormAsync(), testimony.Answers, files);
                Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private static string Export(string data, string path)
    {
        IntakePrograms.Intake("export", "--data", data, "--out", path).EnsureSuccess();
        return path;
    }

    private static List<(BundlePart Part, byte[] Content)> ReadParts(string bundle, string serverKey)
    {
        var key = ExportPublicKey.Parse(serverKey);
        using var reader = BundleReader.Open(File.OpenRead(bundle), id => id == key.KeyId ? key : null);
        reader.VerifyParts();
        var parts = new List<(BundlePart, byte[])>();
        while (reader.NextPart() is { } next)
        {
            using var content = new MemoryStream();
            next.Content.CopyTo(content);
            parts.Add((next.Part, content.ToArray()));
        }

        return parts;
    }

    // Answers compared value by value with what was posted (the server trims text and writes
    // numbers and yes/no as JSON numbers and booleans); attachments compared byte for byte.
    private static void CompareWithWhatWasSent(string workspaceDirectory, IReadOnlyList<SentTestimony> sent, IReadOnlyList<(BundlePart Part, byte[] Content)> exported)
    {
        using var workspace = ReviewWorkspace.Open(workspaceDirectory, Passphrase);
        var listed = workspace.Catalog.List();
        Assert.Equal(exported.Select(part => part.Part.SubmissionId).Distinct().Order(), listed.Select(summary => summary.Id).Order());
        using var identities = workspace.Identities.Unlock();
        foreach (var summary in listed)
        {
            var answers = workspace.FindAnswers(summary.Id)!;
            var source = sent.Single(testimony => answers.TextAnswer("narrative")!.Contains(testimony.Canary, StringComparison.Ordinal));
            Assert.Equal(source.Narrative, answers.TextAnswer("narrative"));
            Assert.Equal(source.Answer("mission_country"), summary.Country);
            Assert.Equal(source.Answer("sector"), summary.Sector);
            Assert.Equal(source.Answer("profession"), answers.TextAnswer("profession"));
            Assert.Equal(int.Parse(source.Answer("pay_withheld_percent"), System.Globalization.CultureInfo.InvariantCulture), Answer(answers, "pay_withheld_percent").GetInt32());
            Assert.Equal(source.Answer("consent_quotes") == "yes", Answer(answers, "consent_quotes").GetBoolean());
            Assert.Equal(source.Attachments.Select(file => file.FileName), answers.Attachments.Select(entry => entry.FileName));
            for (var index = 0; index < source.Attachments.Count; index++)
            {
                using var ciphertext = workspace.OpenAttachmentCiphertext(summary.Id, index + 1);
                using var plaintext = AgeDecryptor.Open(ciphertext, identities.All);
                using var copy = new MemoryStream();
                plaintext.CopyTo(copy);
                Assert.Equal(source.Attachments[index].Content, copy.ToArray());
            }
        }
    }

    private static System.Text.Json.JsonElement Answer(AnswersContent answers, string id) =>
        answers.Answers.Single(answer => answer.Key == id).Value;

    private static void AssertNoCanaryOnDisk(string workspaceDirectory, IReadOnlyList<SentTestimony> sent)
    {
        var bytes = DatabaseBytes.Read(Path.Combine(workspaceDirectory, "workspace.db"));
        Assert.All(sent, testimony =>
        {
            Assert.False(DatabaseBytes.Contains(bytes, Encoding.UTF8.GetBytes(testimony.Canary)), $"the canary of testimony {testimony.Number} is in the workspace database in the clear");
            Assert.False(DatabaseBytes.Contains(bytes, Encoding.UTF8.GetBytes(testimony.Answer("profession"))), $"the profession of testimony {testimony.Number} is in the workspace database in the clear");
        });
    }

    // Three 48-byte windows from a part's payload: random-looking, so unique to that part.
    private static List<byte[]> Slices(byte[] content) =>
        [content[^48..], content[(content.Length / 2)..((content.Length / 2) + 48)], content[^200..^152]];
}
