using System.Security.Cryptography;
using System.Text;
using Intake.Crypto.Encoding;

namespace Intake.Crypto.Age;

/// <summary>
/// A parsed age v1 header: the recipient stanzas, the MAC, and the exact bytes the MAC
/// covers (everything up to and including the <c>---</c> mark).
/// </summary>
public sealed class Header
{
    public const string VersionLine = "age-encryption.org/v1";
    internal const string MacPrefix = "---";
    public const int MacSize = 32;

    internal Header(IReadOnlyList<Stanza> stanzas, byte[] mac, byte[] macInput)
    {
        Stanzas = stanzas;
        Mac = mac;
        MacInput = macInput;
    }

    public IReadOnlyList<Stanza> Stanzas { get; }

    public byte[] Mac { get; }

    internal byte[] MacInput { get; }

    /// <summary>Builds the header for <paramref name="stanzas"/> and MACs it with <paramref name="fileKey"/>.</summary>
    public static Header Create(IReadOnlyList<Stanza> stanzas, FileKey fileKey)
    {
        ArgumentNullException.ThrowIfNull(stanzas);
        ArgumentNullException.ThrowIfNull(fileKey);
        if (stanzas.Count == 0)
        {
            throw new ArgumentException("An age header needs at least one recipient stanza.", nameof(stanzas));
        }
        var builder = new StringBuilder();
        builder.Append(VersionLine).Append('\n');
        foreach (var stanza in stanzas)
        {
            stanza.WriteTo(builder);
        }
        builder.Append(MacPrefix);
        var macInput = System.Text.Encoding.ASCII.GetBytes(builder.ToString());
        return new Header(stanzas, ComputeMac(fileKey, macInput), macInput);
    }

    /// <summary>The header in its wire form, ending with the MAC line.</summary>
    public byte[] Encode()
    {
        var macLine = System.Text.Encoding.ASCII.GetBytes(" " + StrictBase64.EncodeUnpadded(Mac) + "\n");
        return [.. MacInput, .. macLine];
    }

    /// <summary>Checks the MAC in constant time; throws <see cref="AgeFormatException"/> on mismatch.</summary>
    public void VerifyMac(FileKey fileKey)
    {
        if (!CryptographicOperations.FixedTimeEquals(ComputeMac(fileKey, MacInput), Mac))
        {
            throw new AgeFormatException(AgeFailure.HeaderMac);
        }
    }

    // HKDF and HMAC from the BCL with the key on the stack: an NSec Key lives in guarded
    // memory whose allocation costs system calls, which dominated importing many small files.
    private static byte[] ComputeMac(FileKey fileKey, byte[] macInput)
    {
        Span<byte> macKey = stackalloc byte[32];
        try
        {
            HKDF.DeriveKey(HashAlgorithmName.SHA256, fileKey.Bytes, macKey, [], "header"u8);
            return HMACSHA256.HashData(macKey, macInput);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(macKey);
        }
    }
}
