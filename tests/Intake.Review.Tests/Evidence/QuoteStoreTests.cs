using System.Text;
using Intake.Review.Coding;
using Intake.Review.Evidence;
using Intake.Review.Import;
using Intake.Review.Tests.Support;
using Intake.Review.Workspace;

namespace Intake.Review.Tests.Evidence;

public sealed class QuoteStoreTests
{
    [Fact]
    public void Quotes_notes_and_resolution_reasons_are_stored_sealed_and_read_back()
    {
        using var test = new TestWorkspace();
        var id = Imported(test);
        var quote = test.Workspace.Quotes.Add(id, new TextPassage(3, 20), "Lo dijo Fidel Castro por la radio.", "nota privada de la revisora");
        var flag = Assert.Single(QuoteChecker.Default.Check(quote.Redacted));
        test.Workspace.Quotes.Resolve(quote.Id, flag, "razón: figura pública conocida");

        var read = Assert.Single(test.Workspace.Quotes.ForTestimony(id));

        Assert.Equal((quote.Id, new TextPassage(3, 20), quote.Redacted, "nota privada de la revisora"), (read.Id, read.Passage, read.Redacted, read.Note));
        var resolution = Assert.Single(read.Resolutions);
        Assert.Equal((FlagKind.Name, flag.Offset, flag.Length, "razón: figura pública conocida"), (resolution.Kind, resolution.Offset, resolution.Length, resolution.Reason));
        Assert.Empty(read.UnresolvedFlags(QuoteChecker.Default));
        var database = File.ReadAllBytes(Path.Combine(test.Directory, WorkspaceDatabase.FileName));
        foreach (var secret in new[] { "Fidel", "nota privada", "figura pública" })
        {
            Assert.Equal(-1, database.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
        }
    }

    [Fact]
    public void A_resolution_covers_only_the_flag_it_names()
    {
        using var test = new TestWorkspace();
        var id = Imported(test);
        var quote = test.Workspace.Quotes.Add(id, new TextPassage(0, 4), "Pedro llamó al 5234-5678.", note: null);
        var flags = QuoteChecker.Default.Check(quote.Redacted);

        test.Workspace.Quotes.Resolve(quote.Id, flags[0], "nombre común, no identifica");

        var unresolved = Assert.Single(test.Workspace.Quotes.Find(quote.Id)!.UnresolvedFlags(QuoteChecker.Default));
        Assert.Equal(FlagKind.Phone, unresolved.Kind);
    }

    [Fact]
    public void Removing_a_quote_removes_its_resolutions_and_leaves_the_others()
    {
        using var test = new TestWorkspace();
        var id = Imported(test);
        var first = test.Workspace.Quotes.Add(id, new TextPassage(0, 4), "Pedro lo sabía.", note: null);
        var second = test.Workspace.Quotes.Add(id, new TextPassage(5, 9), "Nadie lo sabía.", note: null);
        test.Workspace.Quotes.Resolve(first.Id, QuoteChecker.Default.Check(first.Redacted)[0], "nombre común");

        Assert.True(test.Workspace.Quotes.Remove(first.Id));

        Assert.Equal([second.Id], test.Workspace.Quotes.All().Select(quote => quote.Id));
        Assert.False(test.Workspace.Quotes.Remove(first.Id));
    }

    [Fact]
    public void A_quote_needs_a_testimony_a_passage_and_wording()
    {
        using var test = new TestWorkspace();
        var id = Imported(test);

        Assert.Throws<ArgumentException>(() => test.Workspace.Quotes.Add(Guid.NewGuid(), new TextPassage(0, 4), "Texto.", null));
        Assert.Throws<ArgumentException>(() => test.Workspace.Quotes.Add(id, new TextPassage(4, 4), "Texto.", null));
        Assert.Throws<ArgumentException>(() => test.Workspace.Quotes.Add(id, new TextPassage(0, 4), "  ", null));
        Assert.Throws<ArgumentException>(() => test.Workspace.Quotes.Resolve(99, new QuoteFlag(FlagKind.Name, 0, 4, "Ana"), "razón"));
        Assert.Empty(test.Workspace.Quotes.All());
    }

    private static Guid Imported(TestWorkspace test)
    {
        var submission = test.Submission("Nos retiraron el pasaporte al llegar y nadie nos dijo por qué.");
        BundleImporter.Import(test.Workspace, test.Server.NextBundle(submission), startChain: false);
        return submission.Id;
    }
}
