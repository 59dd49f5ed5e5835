using Intake.Review.Coding;
using Intake.Review.Commands;
using Intake.Review.Reports;
using Intake.Review.Tests.Coding;

namespace Intake.Review.Tests.Reports;

/// <summary>`review report` over a coded workspace: refused while coders disagree, or reported without the disputed cases when asked.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void Unresolved_disagreements_are_refused_or_left_out_on_request()
    {
        using var coded = new CodedWorkspace(testimonies: 6);
        foreach (var id in coded.Ids)
        {
            foreach (var coder in new[] { "ana", "ben" })
            {
                Code(coded, id, coder, "ilo.deception");
                Code(coded, id, coder, "attr.host_country", "VE");
            }
        }
        Code(coded, coded.Ids[0], "ana", "ilo.isolation");
        var output = coded.Test.PathFor("report");

        var refused = coded.Run("report", "--out", output);
        Assert.Equal(ReviewCommandLine.Failure, refused.ExitCode);
        Assert.Contains("1 disagreement(s) between coders on 1 case(s)", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));

        var result = coded.Run("report", "--out", output, "--allow-unresolved");
        Assert.Equal(ReviewCommandLine.Success, result.ExitCode);
        Assert.Contains("Report on 5 case(s)", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 case(s) left out", result.Out, StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(output, ReportFiles.Markdown));
        Assert.Contains("| Deception | 5 | 100.0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Isolation | 0 | 0.0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("1 further case(s) are excluded", markdown, StringComparison.Ordinal);

        Assert.Equal(ReviewCommandLine.Failure, coded.Run("report", "--out", output, "--allow-unresolved").ExitCode);
        Assert.Equal(ReviewCommandLine.UsageError, coded.Run("report", "--out", coded.Test.PathFor("other"), "--k", "0").ExitCode);
    }

    private static void Code(CodedWorkspace coded, Guid id, string coder, string code, string? value = null) =>
        coded.Test.Workspace.Coding.Add(new CodeApplication(id, code, value, null, coder, 1, null, false));
}
