using System.Security.Cryptography;
using Intake.Crypto.Age;
using Intake.Crypto.Encoding;
using Intake.Crypto.Hpke;
using Intake.Crypto.Native;

namespace Intake.Crypto.Recipients;

/// <summary>
/// A post-quantum hybrid secret key, <c>AGE-SECRET-KEY-PQ-1…</c>: a 32-byte seed from which
/// X-Wing derives both the ML-KEM-768 and the X25519 key pairs.
/// </summary>
public sealed class MlKem768X25519Identity : IIdentity, IDisposable
{
    public const string Hrp = "AGE-SECRET-KEY-PQ-";
    private readonly byte[] _seed = GC.AllocateArray<byte>(Sodium.XWingSeedSize, pinned: true);
    private readonly byte[] _secretKey = GC.AllocateArray<byte>(Sodium.XWingSecretKeySize, pinned: true);

    private MlKem768X25519Identity(ReadOnlySpan<byte> seed)
    {
        seed.CopyTo(_seed);
        var publicKey = new byte[Sodium.XWingPublicKeySize];
        Sodium.XWingSeedKeyPair(_seed, publicKey, _secretKey);
        Recipient = new MlKem768X25519Recipient(publicKey);
    }

    public MlKem768X25519Recipient Recipient { get; }

    public static MlKem768X25519Identity Generate()
    {
        Span<byte> seed = stackalloc byte[Sodium.XWingSeedSize];
        RandomNumberGenerator.Fill(seed);
        try
        {
            return new MlKem768X25519Identity(seed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>Parses <c>AGE-SECRET-KEY-PQ-1…</c>; throws <see cref="KeyFormatException"/> with the reason.</summary>
    public static MlKem768X25519Identity Parse(string text)
    {
        var seed = AgeKeyEncoding.Decode(text, Hrp, Sodium.XWingSeedSize, "a post-quantum secret key (AGE-SECRET-KEY-PQ-1…)");
        try
        {
            return new MlKem768X25519Identity(seed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>The secret key in its Bech32 form, for writing an identity file. Handle with care.</summary>
    public string EncodeSecret() => Bech32.Encode(Hrp, _seed);

    public FileKey? Unwrap(IReadOnlyList<Stanza> stanzas)
    {
        ArgumentNullException.ThrowIfNull(stanzas);
        Span<byte> plaintext = stackalloc byte[FileKey.Size];
        try
        {
            foreach (var stanza in stanzas)
            {
                if (stanza.Type != MlKem768X25519Recipient.StanzaType)
                {
                    continue;
                }
                var enc = StanzaFields.FixedBytes(stanza, 1, 0, XWingHpke.EncapsulatedKeySize);
                if (stanza.Body.Length != FileKeyWrap.BodySize)
                {
                    throw new AgeFormatException(AgeFailure.Header);
                }
                switch (XWingHpke.OpenBase(enc, _secretKey, MlKem768X25519Recipient.HpkeInfo, stanza.Body, plaintext))
                {
                    case HpkeOpenResult.Opened:
                        return FileKey.FromBytes(plaintext);
                    case HpkeOpenResult.InvalidEncapsulation:
                        throw new AgeFormatException(AgeFailure.Header);
                }
            }
            return null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_seed);
        CryptographicOperations.ZeroMemory(_secretKey);
    }
}
