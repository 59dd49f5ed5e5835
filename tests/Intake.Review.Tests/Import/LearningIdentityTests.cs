using Intake.Crypto.Age;
using Intake.Crypto.Recipients;
using Intake.Review.Import;

namespace Intake.Review.Tests.Import;

public sealed class LearningIdentityTests
{
    [Fact]
    public void After_the_first_file_each_file_costs_one_attempt_at_the_remembered_stanza()
    {
        using var mine = X25519Identity.Generate();
        using var other1 = X25519Identity.Generate();
        using var other2 = X25519Identity.Generate();
        using var colleague = X25519Identity.Generate();
        var countingColleague = new CountingIdentity(colleague);
        var counting = new CountingIdentity(mine);
        var learning = new LearningIdentity([countingColleague, counting]);
        var files = Enumerable.Range(0, 10).Select(_ => AgeEncryptor.Encrypt("hola"u8, [other1.Recipient, other2.Recipient, mine.Recipient])).ToList();

        Assert.All(files, file => Assert.Equal("hola"u8.ToArray(), AgeDecryptor.Decrypt(file, [learning])));

        Assert.Equal(3, countingColleague.Attempts);
        Assert.Equal(3 + 9, counting.Attempts);
    }

    [Fact]
    public void A_file_with_another_order_is_still_opened_and_a_foreign_file_is_not()
    {
        using var mine = X25519Identity.Generate();
        using var other = X25519Identity.Generate();
        var learning = new LearningIdentity([mine]);

        AgeDecryptor.Decrypt(AgeEncryptor.Encrypt("a"u8, [other.Recipient, mine.Recipient]), [learning]);
        var reordered = AgeDecryptor.Decrypt(AgeEncryptor.Encrypt("b"u8, [mine.Recipient, other.Recipient]), [learning]);

        Assert.Equal("b"u8.ToArray(), reordered);
        Assert.Throws<NoIdentityMatchedException>(() => AgeDecryptor.Decrypt(AgeEncryptor.Encrypt("c"u8, [other.Recipient]), [learning]));
    }

    private sealed class CountingIdentity(IIdentity inner) : IIdentity
    {
        public int Attempts { get; private set; }

        public FileKey? Unwrap(IReadOnlyList<Stanza> stanzas)
        {
            Attempts += stanzas.Count;
            return inner.Unwrap(stanzas);
        }
    }
}
