using Intake.Review.Coding;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Evidence;

public sealed class EvidenceExportCommandTests
{
    private static readonly DateOnly Day = new(2022, 2, 3);

    [Fact]
    public void The_command_exports_the_adjudicated_coding_and_allowed_quotes()
    {
        using var test = new EvidenceTestWorkspace(Allowed(), Allowed() with { Quotes = false }, Allowed() with { Statistics = false, Quotes = false });
        test.Workspace.Quotes.Add(test.Ids[0], new TextPassage(0, 6), "Nos quitaron el pasaporte.", "nota: Rigoberto");
        var output = test.NewOutput();

        var result = Run(test, output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Wrote 2 record(s) from 3 testimonies", result.Out, StringComparison.Ordinal);
        var records = EvidenceFiles.ReadJsonLines(output);
        Assert.Equal(2, records.Count);
        Assert.All(records, record => Assert.Equal(["ilo.deception", "ilo.retention_of_documents", "ilo.withholding_of_wages"],
            record.GetProperty("ilo_indicators").EnumerateArray().Select(item => item.GetString()!).Order()));
        var text = EvidenceFiles.ReadAll(output);
        Assert.Contains("Nos quitaron el pasaporte.", text, StringComparison.Ordinal);
        // The coders' memos and the quote's note stay in the workspace.
        Assert.DoesNotContain("Rigoberto", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_refuses_with_exit_1_and_writes_nothing()
    {
        using var test = new EvidenceTestWorkspace(Allowed());
        var quote = test.Workspace.Quotes.Add(test.Ids[0], new TextPassage(0, 5), "Me escribía a rosa.valdes@nauta.cu cada semana.", note: null);
        var output = test.NewOutput();

        var result = Run(test, output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"quote {quote.Id} (email)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("nauta", result.Error + result.Out, StringComparison.Ordinal);
        EvidenceRefusalTests.AssertNothingWritten(output);
    }

    private static Source Allowed() => new(true, true, true, "Relato con pasaporte retenido y salario retenido.", Day);

    private static CommandResult Run(EvidenceTestWorkspace test, string output) =>
        CommandRunner.Run("evidence-export", "--out", output, "--workspace", test.Test.Directory, "--passphrase-file", test.Test.PassphraseFile);
}
