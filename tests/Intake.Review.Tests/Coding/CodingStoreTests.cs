using System.Text;
using Intake.Review.Coding;
using Intake.Review.Tests.Support;

namespace Intake.Review.Tests.Coding;

/// <summary>The coding table: round trip, one application per key, values and memos never in clear on disk.</summary>
public sealed class CodingStoreTests
{
    private const string MemoCanary = "CANARY-memo-3c81";
    private const string ValueCanary = "CANARY-employer-9d2e";

    [Fact]
    public void Applications_round_trip_with_their_value_passage_memo_coder_and_version()
    {
        using var coded = new CodedWorkspace();
        var store = coded.Test.Workspace.Coding;
        var whole = new CodeApplication(coded.Id, "attr.host_country", "VE", null, "ana", 1, "dicho en la p. 2", false);
        var passage = new CodeApplication(coded.Id, "ilo.retention_of_documents", null, new TextPassage(0, 36), "ana", 1, null, false);

        Assert.True(store.Add(whole));
        Assert.True(store.Add(passage));
        Assert.False(store.Add(whole with { Value = "CU", Memo = null }));

        Assert.Equal([whole with { Value = "CU", Memo = null }, passage], store.ForTestimony(coded.Id));
        Assert.Equal(store.All(), store.ForTestimony(coded.Id));
        Assert.True(store.Remove(coded.Id, "ilo.retention_of_documents", "ana", new TextPassage(0, 36)));
        Assert.False(store.Remove(coded.Id, "ilo.retention_of_documents", "ana", new TextPassage(0, 36)));
        Assert.Single(store.All());
    }

    [Fact]
    public void The_same_code_by_other_coders_other_passages_or_as_adjudication_are_separate_applications()
    {
        using var coded = new CodedWorkspace();
        var store = coded.Test.Workspace.Coding;
        var application = new CodeApplication(coded.Id, "ilo.deception", null, null, "ana", 1, null, false);
        store.Add(application);
        store.Add(application with { Coder = "ben" });
        store.Add(application with { Passage = new TextPassage(3, 9) });
        store.Add(application with { Adjudicated = true });
        Assert.Equal(4, store.All().Count);
    }

    [Fact]
    public void An_application_on_a_testimony_the_workspace_does_not_hold_is_refused()
    {
        using var coded = new CodedWorkspace();
        Assert.Throws<ArgumentException>(() => coded.Test.Workspace.Coding.Add(new CodeApplication(Guid.NewGuid(), "ilo.deception", null, null, "ana", 1, null, false)));
        Assert.Empty(coded.Test.Workspace.Coding.All());
    }

    [Fact]
    public void Values_and_memos_are_encrypted_in_the_database()
    {
        using var coded = new CodedWorkspace();
        coded.Test.Workspace.Coding.Add(new CodeApplication(coded.Id, "attr.employer", ValueCanary, null, "ana", 1, $"Ver {MemoCanary}.", false));

        var files = WorkspaceFiles.DatabaseBytes(coded.Test.Directory);
        Assert.Equal(-1, files.AsSpan().IndexOf(Encoding.UTF8.GetBytes("CANARY")));
        var stored = Assert.Single(coded.Test.Workspace.Coding.All());
        Assert.Equal(ValueCanary, stored.Value);
        Assert.Contains(MemoCanary, stored.Memo, StringComparison.Ordinal);
    }

    [Fact]
    public void The_coder_is_remembered_and_an_invalid_name_refused()
    {
        using var coded = new CodedWorkspace();
        var store = coded.Test.Workspace.Coding;
        Assert.Null(store.Coder);
        store.SetCoder("Ana G.");
        Assert.Equal("Ana G.", store.Coder);
        Assert.Throws<ArgumentException>(() => store.SetCoder(" ana"));
        Assert.Throws<ArgumentException>(() => store.SetCoder("ana\u001b[2J"));
    }
}
