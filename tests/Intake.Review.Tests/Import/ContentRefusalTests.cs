using System.Security.Cryptography;
using System.Text;
using Intake.Crypto.Recipients;
using Intake.Review.Import;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Import;

/// <summary>Bundles the server signed whose content does not open or does not match the source's answers.</summary>
public sealed class ContentRefusalTests
{
    [Fact]
    public void A_part_no_identity_opens_is_refused_with_how_to_add_one()
    {
        using var test = new TestWorkspace();
        using var stranger = MlKem768X25519Identity.Generate();
        var unreadable = TestSubmission.Create([stranger.Recipient], TestSubmission.TypicalAnswers());

        var refused = RefusalAssert.Refused(test, test.Server.NextBundle(test.Submission(), unreadable), ImportRefusal.NoIdentityOpens);

        Assert.Contains($"part 0 of submission {unreadable.Id}", refused.Message, StringComparison.Ordinal);
        Assert.Contains("review identity add", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_after_many_testimonies_were_written_rolls_all_of_them_back()
    {
        using var test = new TestWorkspace();
        using var stranger = MlKem768X25519Identity.Generate();
        var many = Enumerable.Range(0, 700).Select(_ => test.Submission()).ToList();
        var unreadable = TestSubmission.Create([stranger.Recipient], TestSubmission.TypicalAnswers());
        many.Add(unreadable with { Id = new Guid("ffffffff-ffff-4fff-bfff-ffffffffffff") });

        RefusalAssert.Refused(test, test.Server.NextBundle([.. many]), ImportRefusal.NoIdentityOpens);

        Assert.Empty(test.Workspace.Catalog.List());
    }

    [Fact]
    public void An_attachment_that_is_not_what_the_answers_say_is_refused()
    {
        using var test = new TestWorkspace();
        var sent = "la foto original"u8.ToArray();
        var stored = "otra cosa"u8.ToArray();
        var answers = AnswersJson($"{{\"name\":\"foto.jpg\",\"type\":\"image/jpeg\",\"size\":{sent.Length},\"sha256\":\"{Convert.ToHexStringLower(SHA256.HashData(sent))}\"}}");
        var swapped = TestSubmission.FromParts([.. test.Recipients], answers, [stored]);

        var refused = RefusalAssert.Refused(test, test.Server.NextBundle(swapped), ImportRefusal.ContentMismatch);

        Assert.Contains($"Attachment 1 of submission {swapped.Id} decrypts to {stored.Length} bytes", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attachment_count_unlike_the_answers_is_refused()
    {
        using var test = new TestWorkspace();
        var extra = TestSubmission.FromParts([.. test.Recipients], AnswersJson(string.Empty), ["unlisted"u8.ToArray()]);

        var refused = RefusalAssert.Refused(test, test.Server.NextBundle(extra), ImportRefusal.ContentMismatch);

        Assert.Contains("lists 0 attachment(s) in its answers but the bundle carries 1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_that_are_not_an_answers_document_are_refused_without_quoting_them()
    {
        using var test = new TestWorkspace();
        var broken = TestSubmission.FromParts([.. test.Recipients], "{\"questionnaire\": \"secret words\""u8.ToArray(), []);

        var refused = RefusalAssert.Refused(test, test.Server.NextBundle(broken), ImportRefusal.ContentMismatch);

        Assert.Contains("not an answers document (it is not valid JSON)", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_testimony_repeated_with_other_parts_is_refused()
    {
        using var test = new TestWorkspace();
        var original = test.Submission();
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(original), startChain: false);
        var changed = test.Submission("Otra versión.") with { Id = original.Id };

        RefusalAssert.Refused(test, test.Server.NextBundle(changed), ImportRefusal.ConflictingTestimony);
    }

    private static byte[] AnswersJson(string attachments) => Encoding.UTF8.GetBytes(
        $"{{\"questionnaire\":\"mission-testimony\",\"version\":1,\"language\":\"pt\",\"answers\":{{\"narrative\":\"x\"}},\"attachments\":[{attachments}]}}");
}
