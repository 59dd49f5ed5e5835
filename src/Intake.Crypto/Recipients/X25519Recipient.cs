using System.Security.Cryptography;
using Intake.Crypto.Age;
using Intake.Crypto.Encoding;
using NSec.Cryptography;

namespace Intake.Crypto.Recipients;

/// <summary>An X25519 public key, <c>age1…</c>: the classic age recipient.</summary>
public sealed class X25519Recipient : IRecipient
{
    public const string Hrp = "age";
    internal const string StanzaType = "X25519";
    internal static readonly byte[] WrapInfo = "age-encryption.org/v1/X25519"u8.ToArray();
    private readonly byte[] _publicKey;

    internal X25519Recipient(byte[] publicKey)
    {
        _publicKey = publicKey;
    }

    public RecipientKind Kind => RecipientKind.Classic;

    internal ReadOnlySpan<byte> PublicKeyBytes => _publicKey;

    /// <summary>Parses <c>age1…</c>; throws <see cref="KeyFormatException"/> with the reason.</summary>
    public static X25519Recipient Parse(string text)
    {
        if (AgeKeyEncoding.LooksSecret(text))
        {
            throw new KeyFormatException(KeyFormatError.SecretKeyGiven, "a public key");
        }
        return new X25519Recipient(AgeKeyEncoding.Decode(text, Hrp, 32, "an X25519 public key (age1…)"));
    }

    public Stanza Wrap(FileKey fileKey)
    {
        ArgumentNullException.ThrowIfNull(fileKey);
        var algorithm = KeyAgreementAlgorithm.X25519;
        using var ephemeral = Key.Create(algorithm);
        var share = ephemeral.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        var recipient = PublicKey.Import(algorithm, _publicKey, KeyBlobFormat.RawPublicKey);
        using var shared = algorithm.Agree(ephemeral, recipient)
            ?? throw new ArgumentException("This X25519 public key is a low-order point and cannot be used.");
        var wrapKey = KeyDerivationAlgorithm.HkdfSha256.DeriveBytes(shared, [.. share, .. _publicKey], WrapInfo, 32);
        try
        {
            return new Stanza(StanzaType, [StrictBase64.EncodeUnpadded(share)], FileKeyWrap.Seal(wrapKey, fileKey));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrapKey);
        }
    }

    public override string ToString() => Bech32.Encode(Hrp, _publicKey);
}
