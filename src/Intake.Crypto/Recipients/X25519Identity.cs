using System.Security.Cryptography;
using Intake.Crypto.Age;
using Intake.Crypto.Encoding;
using NSec.Cryptography;

namespace Intake.Crypto.Recipients;

/// <summary>An X25519 secret key, <c>AGE-SECRET-KEY-1…</c>.</summary>
public sealed class X25519Identity : IIdentity, IDisposable
{
    public const string Hrp = "AGE-SECRET-KEY-";
    private readonly byte[] _secret = GC.AllocateArray<byte>(32, pinned: true);
    private readonly Key _key;

    private X25519Identity(ReadOnlySpan<byte> secret)
    {
        secret.CopyTo(_secret);
        _key = Key.Import(KeyAgreementAlgorithm.X25519, _secret, KeyBlobFormat.RawPrivateKey);
        Recipient = new X25519Recipient(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    public X25519Recipient Recipient { get; }

    public static X25519Identity Generate()
    {
        Span<byte> secret = stackalloc byte[32];
        RandomNumberGenerator.Fill(secret);
        try
        {
            return new X25519Identity(secret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    /// <summary>Parses <c>AGE-SECRET-KEY-1…</c>; throws <see cref="KeyFormatException"/> with the reason.</summary>
    public static X25519Identity Parse(string text)
    {
        var secret = AgeKeyEncoding.Decode(text, Hrp, 32, "an X25519 secret key (AGE-SECRET-KEY-1…)");
        try
        {
            return new X25519Identity(secret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    /// <summary>The secret key in its Bech32 form, for writing an identity file. Handle with care.</summary>
    public string EncodeSecret() => Bech32.Encode(Hrp, _secret);

    public FileKey? Unwrap(IReadOnlyList<Stanza> stanzas)
    {
        ArgumentNullException.ThrowIfNull(stanzas);
        foreach (var stanza in stanzas)
        {
            if (stanza.Type != X25519Recipient.StanzaType)
            {
                continue;
            }
            var share = StanzaFields.FixedBytes(stanza, 1, 0, 32);
            if (stanza.Body.Length != FileKeyWrap.BodySize)
            {
                throw new AgeFormatException(AgeFailure.Header);
            }
            var fileKey = TryUnwrap(share, stanza.Body);
            if (fileKey is not null)
            {
                return fileKey;
            }
        }
        return null;
    }

    private FileKey? TryUnwrap(byte[] share, byte[] body)
    {
        var algorithm = KeyAgreementAlgorithm.X25519;
        if (!PublicKey.TryImport(algorithm, share, KeyBlobFormat.RawPublicKey, out var ephemeral) || ephemeral is null)
        {
            throw new AgeFormatException(AgeFailure.Header);
        }
        // An all-zero shared secret (low-order share) must abort, as age.md requires.
        using var shared = algorithm.Agree(_key, ephemeral) ?? throw new AgeFormatException(AgeFailure.Header);
        var wrapKey = KeyDerivationAlgorithm.HkdfSha256.DeriveBytes(shared, [.. share, .. Recipient.PublicKeyBytes], X25519Recipient.WrapInfo, 32);
        try
        {
            return FileKeyWrap.Open(wrapKey, body);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrapKey);
        }
    }

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_secret);
        _key.Dispose();
    }
}
