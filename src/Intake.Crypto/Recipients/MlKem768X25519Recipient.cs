using Intake.Crypto.Age;
using Intake.Crypto.Encoding;
using Intake.Crypto.Hpke;
using Intake.Crypto.Native;

namespace Intake.Crypto.Recipients;

/// <summary>A post-quantum hybrid public key, <c>age1pq1…</c> (MLKEM768-X25519, X-Wing).</summary>
public sealed class MlKem768X25519Recipient : IRecipient
{
    public const string Hrp = "age1pq";
    internal const string StanzaType = "mlkem768x25519";
    internal static readonly byte[] HpkeInfo = "age-encryption.org/mlkem768x25519"u8.ToArray();
    private readonly byte[] _publicKey;

    internal MlKem768X25519Recipient(byte[] publicKey)
    {
        _publicKey = publicKey;
    }

    public RecipientKind Kind => RecipientKind.PostQuantum;

    /// <summary>Parses <c>age1pq1…</c>; throws <see cref="KeyFormatException"/> with the reason.</summary>
    public static MlKem768X25519Recipient Parse(string text)
    {
        if (AgeKeyEncoding.LooksSecret(text))
        {
            throw new KeyFormatException(KeyFormatError.SecretKeyGiven, "a public key");
        }
        return new MlKem768X25519Recipient(AgeKeyEncoding.Decode(text, Hrp, Sodium.XWingPublicKeySize, "a post-quantum public key (age1pq1…)"));
    }

    public Stanza Wrap(FileKey fileKey)
    {
        ArgumentNullException.ThrowIfNull(fileKey);
        var body = new byte[FileKeyWrap.BodySize];
        var enc = XWingHpke.SealBase(_publicKey, HpkeInfo, fileKey.Bytes, body);
        return new Stanza(StanzaType, [StrictBase64.EncodeUnpadded(enc)], body);
    }

    public override string ToString() => Bech32.Encode(Hrp, _publicKey);
}
