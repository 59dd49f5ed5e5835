using Intake.Review.Coding;

namespace Intake.Review.Tests.Coding;

/// <summary><c>review code</c>: applying, removing and listing codes, and what it refuses.</summary>
public sealed class CodeCommandTests
{
    [Fact]
    public void A_code_is_applied_with_coder_and_codebook_version_and_the_coder_is_remembered()
    {
        using var coded = new CodedWorkspace();
        var id = coded.Id.ToString();

        var first = coded.Run("code", id, "--add", "ilo.retention_of_documents", "--passage", "0:36", "--memo", "claro", "--coder", "ana");
        var second = coded.Run("code", id, "--add", "attr.host_country", "--value", "VE");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal($"Applied ilo.retention_of_documents on 0:36 of testimony {id}, as coder \"ana\", codebook testimonio-forced-labour version 1.\n", first.Out);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(
            [
                new CodeApplication(coded.Id, "attr.host_country", "VE", null, "ana", 1, null, false),
                new CodeApplication(coded.Id, "ilo.retention_of_documents", null, new TextPassage(0, 36), "ana", 1, "claro", false),
            ],
            coded.Test.Workspace.Coding.All());
        var listed = coded.Run("code", id);
        Assert.Contains("ilo.retention_of_documents  Retention of identity documents; 0:36; coder \"ana\"; codebook v1", listed.Out, StringComparison.Ordinal);
        Assert.Contains("    memo: claro", listed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_code_needs_a_coder_name_and_another_name_is_refused_after()
    {
        using var coded = new CodedWorkspace();
        var id = coded.Id.ToString();
        var nameless = coded.Run("code", id, "--add", "ilo.deception");
        Assert.Equal(1, nameless.ExitCode);
        Assert.Contains("give your name once with --coder NAME", nameless.Error, StringComparison.Ordinal);
        Assert.Equal(0, coded.Run("code", id, "--add", "ilo.deception", "--coder", "ana").ExitCode);
        var other = coded.Run("code", id, "--add", "ilo.isolation", "--coder", "ben");
        Assert.Equal(1, other.ExitCode);
        Assert.Contains("This workspace codes as \"ana\", not \"ben\"", other.Error, StringComparison.Ordinal);
        Assert.Single(coded.Test.Workspace.Coding.All());
    }

    [Theory]
    [InlineData("--add", "ilo.decepcion", "There is no code \"ilo.decepcion\"", "ilo.deception")]
    [InlineData("--add", "ilo.deception --value yes", "takes no value", "")]
    [InlineData("--add", "attr.host_country", "needs --value", "")]
    [InlineData("--add", "attr.host_country --value Venezuela", "not an ISO 3166 country code", "")]
    [InlineData("--add", "attr.pay_withheld_percent --value 120", "percentage from 0 to 100", "")]
    [InlineData("--add", "attr.mission_years --value 2019-2015", "YYYY or YYYY-YYYY", "")]
    [InlineData("--add", "ilo.deception --passage 10:500", "is not within the narrative, which has 69 characters", "")]
    [InlineData("--remove", "ilo.isolation", "has not applied ilo.isolation to whole testimony", "")]
    public void Refusals_exit_1_with_one_paragraph_and_change_nothing(string action, string rest, string message, string alsoNamed)
    {
        using var coded = new CodedWorkspace();
        var result = coded.Run(["code", coded.Id.ToString(), action, .. rest.Split(' '), "--coder", "ana"]);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("review: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Contains(alsoNamed, result.Error, StringComparison.Ordinal);
        Assert.Empty(coded.Test.Workspace.Coding.All());
    }

    [Theory]
    [InlineData("--passage", "10-20")]
    [InlineData("--passage", "20:10")]
    [InlineData("--passage", "5:5")]
    public void A_malformed_passage_is_a_usage_error(string option, string value)
    {
        using var coded = new CodedWorkspace();
        var result = coded.Run("code", coded.Id.ToString(), "--add", "ilo.deception", option, value, "--coder", "ana");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--passage takes START:END", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_actions_or_no_testimony_are_usage_errors_and_an_unknown_testimony_a_refusal()
    {
        using var coded = new CodedWorkspace();
        Assert.Equal(2, coded.Run("code", coded.Id.ToString(), "--add", "ilo.deception", "--remove", "ilo.deception").ExitCode);
        Assert.Equal(2, coded.Run("code", "--add", "ilo.deception").ExitCode);
        Assert.Equal(2, coded.Run("code", "not-an-id").ExitCode);
        var unknown = coded.Run("code", Guid.NewGuid().ToString(), "--add", "ilo.deception", "--coder", "ana");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no testimony", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_is_removed_by_its_offsets_and_the_whole_testimony_code_stays()
    {
        using var coded = new CodedWorkspace();
        var id = coded.Id.ToString();
        coded.Run("code", id, "--add", "ilo.excessive_overtime", "--coder", "ana");
        coded.Run("code", id, "--add", "ilo.excessive_overtime", "--passage", "38:69");
        var removed = coded.Run("code", id, "--remove", "ilo.excessive_overtime", "--passage", "38:69");
        Assert.Equal(0, removed.ExitCode);
        Assert.Null(Assert.Single(coded.Test.Workspace.Coding.All()).Passage);
    }

    [Fact]
    public void The_codebook_lists_every_code_in_the_chosen_language_without_a_workspace()
    {
        var result = Support.CommandRunner.Run("code", "--list", "--lang", "es");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ilo.retention_of_documents  Retención de documentos de identidad", result.Out, StringComparison.Ordinal);
        Assert.Contains("attr.pay_withheld_percent [0-100]", result.Out, StringComparison.Ordinal);
        Assert.Equal(Codebook.Load().Codes.Count + 2 + 5, result.Out.Split('\n').Length);
    }
}
