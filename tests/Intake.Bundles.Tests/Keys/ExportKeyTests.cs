using System.Security.Cryptography;
using Intake.Crypto.Encoding;
using Intake.Crypto.Recipients;

namespace Intake.Bundles.Tests.Keys;

public sealed class ExportKeyTests
{
    [Fact]
    public void The_seed_gives_back_the_same_key()
    {
        using var key = ExportSigningKey.Generate();
        var seed = key.ExportSeed();
        using var again = ExportSigningKey.FromSeed(seed);
        using var other = ExportSigningKey.Generate();

        Assert.Equal(32, seed.Length);
        Assert.Equal(key.PublicKey, again.PublicKey);
        Assert.Equal(key.PublicKey.ToString(), again.PublicKey.ToString());
        Assert.Equal(key.PublicKey.KeyId, again.PublicKey.KeyId);
        Assert.NotEqual(key.PublicKey, other.PublicKey);

        // Ed25519 is deterministic: the same seed signs the same message identically.
        var message = "message"u8.ToArray();
        Assert.Equal(key.Sign(message), again.Sign(message));
        Assert.True(again.PublicKey.Verify(message, key.Sign(message)));
        Assert.False(other.PublicKey.Verify(message, key.Sign(message)));
    }

    [Fact]
    public void A_seed_of_the_wrong_length_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ExportSigningKey.FromSeed(new byte[31]));
        Assert.Throws<ArgumentException>(() => ExportSigningKey.FromSeed(new byte[33]));
        Assert.Throws<ArgumentException>(() => ExportSigningKey.FromSeed(new byte[64]));
    }

    [Fact]
    public void The_text_form_is_bech32_under_intake_export_and_parses_back()
    {
        using var key = ExportSigningKey.Generate();
        var text = key.PublicKey.ToString();

        Assert.StartsWith("intake-export1", text, StringComparison.Ordinal);
        Assert.Equal(text.ToLowerInvariant(), text);
        Assert.Equal(Bech32Result.Valid, Bech32.Decode(text, out var hrp, out var data));
        Assert.Equal("intake-export", hrp);
        Assert.Equal(key.PublicKey.Bytes.ToArray(), data);

        var parsed = ExportPublicKey.Parse(text);
        Assert.Equal(key.PublicKey, parsed);
        Assert.Equal(key.PublicKey.GetHashCode(), parsed.GetHashCode());
        Assert.Equal(text, parsed.ToString());
        Assert.Equal(key.PublicKey, ExportPublicKey.Parse($"  {text}\n"));
    }

    [Fact]
    public void The_key_id_is_the_first_8_bytes_of_the_sha256_of_the_raw_key_in_lowercase_hex()
    {
        for (var i = 0; i < 20; i++)
        {
            using var key = ExportSigningKey.Generate();
            Assert.Equal(Bech32Result.Valid, Bech32.Decode(key.PublicKey.ToString(), out _, out var raw));
            var id = key.PublicKey.KeyId;

            Assert.Equal(32, raw.Length);
            Assert.Equal(16, id.Length);
            Assert.True(id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f')), id);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(raw)[..8]), id);
            Assert.Equal(id, ExportPublicKey.Parse(key.PublicKey.ToString()).KeyId);
        }
    }

    [Fact]
    public void Age_keys_are_refused_and_never_echoed()
    {
        using var classic = X25519Identity.Generate();
        using var hybrid = MlKem768X25519Identity.Generate();
        string[] ageKeys =
        [
            classic.Recipient.ToString(),
            hybrid.Recipient.ToString(),
            classic.EncodeSecret(),
            hybrid.EncodeSecret(),
            classic.EncodeSecret().ToLowerInvariant(),
            " " + classic.EncodeSecret(),
        ];

        foreach (var text in ageKeys)
        {
            var error = Assert.Throws<BundleKeyFormatException>(() => ExportPublicKey.Parse(text));
            Assert.Contains("age key", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(text.Trim()[..20], error.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Text_that_is_not_an_export_key_is_refused()
    {
        using var key = ExportSigningKey.Generate();
        var text = key.PublicKey.ToString();
        var raw = key.PublicKey.Bytes.ToArray();
        var lastChar = text[^1] == 'q' ? 'p' : 'q';
        var middle = text.Length / 2;
        string[] notKeys =
        [
            string.Empty,
            "   ",
            "garbage",
            "intake-export1",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeFakeFake",
            text[..^1] + lastChar,                                        // wrong checksum
            text[..middle] + (text[middle] == 'q' ? 'p' : 'q') + text[(middle + 1)..], // a typo inside
            text[..^3],                                                   // cut short
            text + "q",                                                   // one character too many
            text.ToUpperInvariant()[..20] + text[20..],                   // mixed case
            text.ToUpperInvariant(),                                      // upper case is not the text form
            Bech32.Encode("intake-import", raw),                          // wrong HRP
            Bech32.Encode("intake-exports", raw),
            Bech32.Encode("age", raw),
            Bech32.Encode("intake-export", raw.AsSpan(0, 31)),                  // wrong length
            Bech32.Encode("intake-export", [.. raw, 0]),
            Bech32.Encode("intake-export", new byte[64]),
            Bech32.Encode("intake-export", []),
        ];

        foreach (var candidate in notKeys)
        {
            var error = Record.Exception(() => ExportPublicKey.Parse(candidate));
            Assert.True(error is BundleKeyFormatException, $"\"{candidate}\": {error?.GetType().Name ?? "accepted"}");
        }

        Assert.Throws<ArgumentNullException>(() => ExportPublicKey.Parse(null!));
    }
}
