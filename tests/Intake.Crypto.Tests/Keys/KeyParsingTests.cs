using Intake.Crypto.Encoding;
using Intake.Crypto.Recipients;

namespace Intake.Crypto.Tests.Keys;

public sealed class KeyParsingTests
{
    // From age.md.
    private const string SpecIdentity = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX";
    private const string SpecRecipient = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";

    [Fact]
    public void X25519_identity_from_the_spec_gives_the_spec_recipient()
    {
        using var identity = X25519Identity.Parse(SpecIdentity);

        Assert.Equal(SpecRecipient, identity.Recipient.ToString());
        Assert.Equal(SpecIdentity, identity.EncodeSecret());
    }

    [Fact]
    public void Generated_keys_round_trip_through_their_text_form()
    {
        using var classic = X25519Identity.Generate();
        using var hybrid = MlKem768X25519Identity.Generate();

        using var classicAgain = X25519Identity.Parse(classic.EncodeSecret());
        using var hybridAgain = MlKem768X25519Identity.Parse(hybrid.EncodeSecret());

        Assert.Equal(classic.Recipient.ToString(), classicAgain.Recipient.ToString());
        Assert.Equal(hybrid.Recipient.ToString(), hybridAgain.Recipient.ToString());
        Assert.StartsWith("age1pq1", hybrid.Recipient.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("AGE-SECRET-KEY-PQ-1", hybrid.EncodeSecret(), StringComparison.Ordinal);
        Assert.Equal(hybrid.Recipient.ToString(), MlKem768X25519Recipient.Parse(hybrid.Recipient.ToString()).ToString());
    }

    [Fact]
    public void Wrong_prefix_is_reported()
    {
        var error = Assert.Throws<KeyFormatException>(() => X25519Recipient.Parse(Bech32.Encode("age1pq", new byte[32])));
        Assert.Equal(KeyFormatError.WrongPrefix, error.Error);
        Assert.Equal(KeyFormatError.WrongPrefix, Assert.Throws<KeyFormatException>(() => AgeKeys.ParseRecipient("ssh-ed25519 AAAA")).Error);
    }

    [Fact]
    public void Bad_checksum_is_reported()
    {
        var typo = SpecRecipient[..^1] + (SpecRecipient[^1] == 'q' ? 'p' : 'q');

        Assert.Equal(KeyFormatError.BadChecksum, Assert.Throws<KeyFormatException>(() => X25519Recipient.Parse(typo)).Error);
        Assert.Equal(KeyFormatError.BadChecksum, Assert.Throws<KeyFormatException>(() => X25519Recipient.Parse(SpecRecipient[..^3])).Error);
    }

    [Fact]
    public void Mixed_case_is_reported()
    {
        var mixed = "AGE1" + SpecRecipient[4..];

        Assert.Equal(KeyFormatError.MixedCase, Assert.Throws<KeyFormatException>(() => X25519Recipient.Parse(mixed)).Error);
    }

    [Fact]
    public void Upper_case_recipient_is_accepted()
    {
        Assert.Equal(SpecRecipient, X25519Recipient.Parse(SpecRecipient.ToUpperInvariant()).ToString());
    }

    [Fact]
    public void Wrong_length_is_reported()
    {
        var error = Assert.Throws<KeyFormatException>(() => X25519Recipient.Parse(Bech32.Encode("age", new byte[31])));
        Assert.Equal(KeyFormatError.WrongLength, error.Error);
        Assert.Equal(KeyFormatError.WrongLength, Assert.Throws<KeyFormatException>(() => MlKem768X25519Recipient.Parse(Bech32.Encode("age1pq", new byte[1215]))).Error);
    }

    [Fact]
    public void Secret_key_is_refused_where_a_public_key_belongs_and_never_echoed()
    {
        using var hybrid = MlKem768X25519Identity.Generate();
        foreach (var secret in new[] { SpecIdentity, hybrid.EncodeSecret(), SpecIdentity.ToLowerInvariant() })
        {
            var error = Assert.Throws<KeyFormatException>(() => AgeKeys.ParseRecipient(secret));

            Assert.Equal(KeyFormatError.SecretKeyGiven, error.Error);
            Assert.DoesNotContain(secret[15..], error.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Key_files_skip_comments_and_name_the_bad_line_without_quoting_it()
    {
        var text = $"# created: 2026-01-01\n# public key: {SpecRecipient}\n\n{SpecIdentity}\r\n";
        Assert.Single(AgeKeys.ParseIdentityFile(text));

        var bad = $"# comment\n{SpecIdentity[..^1]}Q\n";
        var error = Assert.Throws<KeyFormatException>(() => AgeKeys.ParseIdentityFile(bad));
        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(KeyFormatError.BadChecksum, error.Error);
        Assert.DoesNotContain(SpecIdentity[15..40], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bech32_matches_the_BIP173_test_vector()
    {
        Assert.Equal(Bech32Result.Valid, Bech32.Decode("A12UEL5L", out var hrp, out var data));
        Assert.Equal("A", hrp);
        Assert.Empty(data);
        Assert.Equal(Bech32Result.BadChecksum, Bech32.Decode("a12uel5m", out _, out _));
    }
}
