using System.Globalization;
using System.Security.Cryptography;
using Intake.Crypto.Age;

namespace Intake.Crypto.Recipients;

/// <summary>A passphrase that opens scrypt stanzas, with a cap on the work factor it will spend.</summary>
public sealed class ScryptIdentity : IIdentity, IDisposable
{
    /// <summary>age's own default cap: 2^22 already needs 4 GiB of memory; more is refused before any work.</summary>
    public const int DefaultMaxWorkFactor = 22;
    private readonly byte[] _passphrase;
    private readonly int _maxWorkFactor;

    public ScryptIdentity(string passphrase, int maxWorkFactor = DefaultMaxWorkFactor)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWorkFactor, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxWorkFactor, 30);
        _passphrase = System.Text.Encoding.UTF8.GetBytes(passphrase);
        _maxWorkFactor = maxWorkFactor;
    }

    public FileKey? Unwrap(IReadOnlyList<Stanza> stanzas)
    {
        ArgumentNullException.ThrowIfNull(stanzas);
        foreach (var stanza in stanzas)
        {
            if (stanza.Type != ScryptRecipient.StanzaType)
            {
                continue;
            }
            var salt = StanzaFields.FixedBytes(stanza, 2, 0, ScryptRecipient.SaltSize);
            var workFactor = ParseWorkFactor(stanza.Arguments[1]);
            if (workFactor > _maxWorkFactor || stanza.Body.Length != FileKeyWrap.BodySize)
            {
                throw new AgeFormatException(AgeFailure.Header);
            }
            var wrapKey = ScryptRecipient.DeriveWrapKey(_passphrase, salt, workFactor);
            try
            {
                var fileKey = FileKeyWrap.Open(wrapKey, stanza.Body);
                if (fileKey is not null)
                {
                    return fileKey;
                }
            }
            finally
            {
                CryptographicOperations.ZeroMemory(wrapKey);
            }
        }
        return null;
    }

    // ^[1-9][0-9]*$ only: no sign, no leading zero, no hex, no overflow.
    private static int ParseWorkFactor(string text)
    {
        if (text.Length is 0 or > 2 || text[0] is < '1' or > '9' || text.Any(c => c is < '0' or > '9'))
        {
            throw new AgeFormatException(AgeFailure.Header);
        }
        return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    public void Dispose() => CryptographicOperations.ZeroMemory(_passphrase);
}
