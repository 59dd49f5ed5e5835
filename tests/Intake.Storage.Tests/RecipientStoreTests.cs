namespace Intake.Storage.Tests;

public sealed class RecipientStoreTests : IDisposable
{
    private readonly TemporaryDatabase _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void Added_recipients_are_listed_by_id()
    {
        var store = new RecipientStore(_temporary.Database);

        var first = store.Add("age1first", "Ana", new DateOnly(2025, 3, 1));
        var second = store.Add("age1pq1second", null, new DateOnly(2024, 12, 31));

        Assert.True(second.Id > first.Id);
        Assert.Equal([first, second], store.List());
        Assert.Equal(new Recipient(second.Id, "age1pq1second", null, new DateOnly(2024, 12, 31)), store.List()[1]);
    }

    [Fact]
    public void A_duplicate_public_key_is_refused()
    {
        var store = new RecipientStore(_temporary.Database);
        store.Add("age1same", "one", new DateOnly(2025, 1, 1));

        var exception = Assert.Throws<DuplicateRecipientException>(() => store.Add("age1same", "two", new DateOnly(2025, 1, 2)));

        Assert.Contains("age1same", exception.Message, StringComparison.Ordinal);
        Assert.Equal("one", Assert.Single(store.List()).Label);
    }

    [Fact]
    public void Remove_deletes_one_recipient_and_reports_whether_it_existed()
    {
        var store = new RecipientStore(_temporary.Database);
        var kept = store.Add("age1kept", null, new DateOnly(2025, 1, 1));
        var removed = store.Add("age1removed", null, new DateOnly(2025, 1, 1));

        Assert.True(store.Remove(removed.Id));
        Assert.False(store.Remove(removed.Id));
        Assert.Equal([kept], store.List());
    }

    [Fact]
    public void A_removed_key_can_be_added_again()
    {
        var store = new RecipientStore(_temporary.Database);
        store.Remove(store.Add("age1again", null, new DateOnly(2025, 1, 1)).Id);

        var added = store.Add("age1again", "back", new DateOnly(2025, 2, 1));

        Assert.Equal([added], store.List());
    }
}
