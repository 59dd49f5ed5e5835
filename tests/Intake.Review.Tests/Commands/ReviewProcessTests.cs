using System.Text.Json;
using Intake.Bundles;
using Intake.Crypto.Recipients;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Commands;

/// <summary>The built `review` program as a reviewer runs it: real processes, real key-derivation costs.</summary>
public sealed class ReviewProcessTests
{
    [Fact]
    public void A_reviewer_sets_up_imports_reads_and_acknowledges_with_the_real_program()
    {
        using var temp = new TempDirectory("review-process");
        using var server = new TestServer(temp.Path);
        var passphrase = temp.WriteText("passphrase.txt", "a long workspace passphrase\n");
        string[] workspace = ["--workspace", temp.NewPath("ws"), "--passphrase-file", passphrase];

        Review(["init", .. workspace]);
        var publicKey = Review(["keygen", "--label", "Lucía", .. workspace]).StdoutText.Trim();
        Review(["trust-server", server.PublicKeyText, .. workspace]);
        var submission = TestSubmission.Create([AgeKeys.ParseRecipient(publicKey)], TestSubmission.TypicalAnswers("Trabajé doce horas al día."));
        var imported = Review(["import", server.NextBundle(submission), .. workspace]);
        var listed = Review(["list", "--json", .. workspace]);
        var shown = Review(["show", submission.Id.ToString(), "--lang", "es", .. workspace]);
        Review(["ack", "--out", temp.File("ack.json"), .. workspace]);

        Assert.StartsWith("age1pq1", publicKey, StringComparison.Ordinal);
        Assert.StartsWith("Imported the bundle number 1", imported.StdoutText, StringComparison.Ordinal);
        using var list = JsonDocument.Parse(listed.StdoutText);
        Assert.Equal(submission.Id, Assert.Single(list.RootElement.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Contains("    Trabajé doce horas al día.\n", shown.StdoutText, StringComparison.Ordinal);
        Assert.Equal([submission.Id], Assert.Single(Acknowledgement.Parse(File.ReadAllBytes(temp.File("ack.json"))).Bundles).Submissions);
        Assert.DoesNotContain("a long workspace passphrase", string.Concat(imported.Stderr, listed.Stderr, shown.Stderr), StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_program_exits_1_on_a_refusal_and_2_on_a_usage_error()
    {
        using var temp = new TempDirectory("review-process-codes");

        var refused = ReviewProgram.Run(["list", "--workspace", temp.NewPath("none")]);
        var usage = ReviewProgram.Run(["list", "--no-such-option"]);

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("review: There is no workspace in", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, usage.ExitCode);
        Assert.StartsWith("review: Unrecognized command or argument '--no-such-option'", usage.Stderr, StringComparison.Ordinal);
    }

    private static ProcessResult Review(IEnumerable<string> arguments) => ReviewProgram.Run(arguments).EnsureSuccess();
}
