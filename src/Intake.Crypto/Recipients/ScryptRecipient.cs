using System.Globalization;
using System.Security.Cryptography;
using Intake.Crypto.Age;
using Intake.Crypto.Encoding;
using Intake.Crypto.Native;

namespace Intake.Crypto.Recipients;

/// <summary>A passphrase (age's scrypt recipient). It must be the only recipient of a file.</summary>
public sealed class ScryptRecipient : IRecipient, IDisposable
{
    /// <summary>The work factor <c>age</c> uses: about a second on a laptop.</summary>
    public const int DefaultWorkFactor = 18;
    internal const string StanzaType = "scrypt";
    internal const int SaltSize = 16;
    private readonly byte[] _passphrase;
    private readonly int _workFactor;

    public ScryptRecipient(string passphrase, int workFactor = DefaultWorkFactor)
    {
        ArgumentException.ThrowIfNullOrEmpty(passphrase);
        ArgumentOutOfRangeException.ThrowIfLessThan(workFactor, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workFactor, 30);
        _passphrase = System.Text.Encoding.UTF8.GetBytes(passphrase);
        _workFactor = workFactor;
    }

    public RecipientKind Kind => RecipientKind.Passphrase;

    public Stanza Wrap(FileKey fileKey)
    {
        ArgumentNullException.ThrowIfNull(fileKey);
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var wrapKey = DeriveWrapKey(_passphrase, salt, _workFactor);
        try
        {
            return new Stanza(
                StanzaType,
                [StrictBase64.EncodeUnpadded(salt), _workFactor.ToString(CultureInfo.InvariantCulture)],
                FileKeyWrap.Seal(wrapKey, fileKey));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrapKey);
        }
    }

    internal static byte[] DeriveWrapKey(ReadOnlySpan<byte> passphrase, ReadOnlySpan<byte> salt, int workFactor)
    {
        byte[] labeledSalt = [.. "age-encryption.org/v1/scrypt"u8, .. salt];
        var wrapKey = new byte[32];
        Sodium.Scrypt(passphrase, labeledSalt, 1UL << workFactor, 8, 1, wrapKey);
        return wrapKey;
    }

    public void Dispose() => CryptographicOperations.ZeroMemory(_passphrase);
}
