using Intake.Review.Coding;
using Intake.Review.Evidence;

namespace Intake.Review.Tests.Evidence;

public sealed class EvidenceRefusalTests
{
    private static readonly DateOnly Day = new(2024, 5, 6);

    [Fact]
    public void An_unresolved_flag_refuses_the_whole_export_naming_quote_and_kinds_but_never_the_text()
    {
        using var test = new EvidenceTestWorkspace(Allowed("uno"), Allowed("dos"));
        var clean = test.Workspace.Quotes.Add(test.Ids[0], new TextPassage(0, 5), "Nos quitaron el pasaporte al llegar.", note: null);
        var flagged = test.Workspace.Quotes.Add(test.Ids[1], new TextPassage(0, 5), "Yoandy nos llamaba al 5234-5678 de noche.", note: null);
        var output = test.NewOutput();

        var refusal = Assert.Throws<EvidenceRefusedException>(() => test.Export(output));

        var quote = Assert.Single(refusal.Quotes);
        Assert.Equal(flagged.Id, quote.QuoteId);
        Assert.Equal([FlagKind.Name, FlagKind.Phone], quote.Kinds);
        Assert.Contains($"quote {flagged.Id} (name, phone)", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain($"quote {clean.Id} ", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Yoandy", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("5678", refusal.Message, StringComparison.Ordinal);
        AssertNothingWritten(output);
    }

    [Fact]
    public void Resolving_every_flag_lets_the_quote_through_as_redacted()
    {
        using var test = new EvidenceTestWorkspace(Allowed("uno"));
        var quote = test.Workspace.Quotes.Add(test.Ids[0], new TextPassage(0, 5), "Lo dijo Fidel Castro en la televisión.", note: null);
        var flag = Assert.Single(quote.UnresolvedFlags(QuoteChecker.Default));
        Assert.Throws<EvidenceRefusedException>(() => test.Export(test.NewOutput()));

        test.Workspace.Quotes.Resolve(quote.Id, flag, "figura pública");
        var output = test.NewOutput();
        test.Export(output);

        var record = Assert.Single(EvidenceFiles.ReadJsonLines(output));
        Assert.Equal("Lo dijo Fidel Castro en la televisión.", Assert.Single(record.GetProperty("quotes").EnumerateArray()).GetString());
    }

    [Fact]
    public void A_names_file_can_add_a_flag_that_refuses_an_export_the_shipped_list_allows()
    {
        using var test = new EvidenceTestWorkspace(Allowed("uno"));
        test.Workspace.Quotes.Add(test.Ids[0], new TextPassage(0, 5), "Anacleta nos cuidaba.", note: null);
        var names = test.Test.PathFor("nombres.txt");
        File.WriteAllText(names, "Anacleta\n");

        Assert.Throws<EvidenceRefusedException>(() => test.Export(test.NewOutput(), new QuoteChecker(NameList.WithFile(names))));
        test.Export(test.NewOutput());
    }

    [Fact]
    public void An_existing_output_directory_is_refused_and_left_as_it_was()
    {
        using var test = new EvidenceTestWorkspace(Allowed("uno"));
        var output = test.NewOutput();
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "keep.txt"), "mine");

        Assert.Throws<ReviewException>(() => test.Export(output));

        Assert.Equal(["keep.txt"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    private static Source Allowed(string word) => new(true, true, true, $"Relato {word} con pasaporte retenido.", Day);

    internal static void AssertNothingWritten(string output)
    {
        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}*"));
    }
}
