using System.Security.Cryptography;
using Intake.Crypto.Armor;
using Intake.Crypto.Payload;
using Intake.Crypto.Recipients;

namespace Intake.Crypto.Age;

/// <summary>Decrypts age v1 files, streaming, in constant memory.</summary>
public static class AgeDecryptor
{
    private const int ArmorSniffLength = 4096;
    private const int BufferSize = 64 * 1024;

    /// <summary>
    /// Reads and checks the header, finds the file key with the first identity that opens
    /// it, and returns a stream of verified plaintext. Throws <see cref="AgeFormatException"/>
    /// for a damaged file and <see cref="NoIdentityMatchedException"/> when no identity fits.
    /// </summary>
    public static Stream Open(Stream input, IReadOnlyCollection<IIdentity> identities, AgeDecryptOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(identities);
        options ??= new AgeDecryptOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        if (identities.Count == 0)
        {
            throw new ArgumentException("At least one identity is needed.", nameof(identities));
        }
        var source = Unarmor(input, options.Armor);
        var header = HeaderReader.Read(source);
        using var fileKey = FindFileKey(header, identities);
        header.VerifyMac(fileKey);
        var nonce = new byte[PayloadFormat.NonceSize];
        if (source.ReadAtLeast(nonce, nonce.Length, throwOnEndOfStream: false) < nonce.Length)
        {
            throw new AgeFormatException(AgeFailure.Header);
        }
        var payloadKey = PayloadFormat.DeriveKey(fileKey, nonce);
        try
        {
            var payload = new PayloadReader(source, payloadKey, options.MaxDegreeOfParallelism, options.Backend);
            return new DecryptingStream(payload, input, options.LeaveOpen);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(payloadKey);
        }
    }

    /// <summary>
    /// True if <paramref name="start"/>, the first bytes of some data, is an age file: binary, or
    /// armored with the age label (other PEM blocks, such as SSH keys, are not age files).
    /// </summary>
    public static bool LooksLikeAgeFile(ReadOnlySpan<byte> start)
    {
        var text = start.TrimStart(" \t\r\n"u8);
        return text.StartsWith("age-encryption.org/"u8) || text.StartsWith(System.Text.Encoding.ASCII.GetBytes(ArmorFormat.BeginLine));
    }

    /// <summary>Decrypts a whole buffer; returns nothing unless the entire file verified.</summary>
    public static byte[] Decrypt(ReadOnlySpan<byte> ciphertext, IReadOnlyCollection<IIdentity> identities, AgeDecryptOptions? options = null)
    {
        using var input = new MemoryStream(ciphertext.ToArray(), writable: false);
        using var decrypting = Open(input, identities, options);
        var output = new MemoryStream();
        decrypting.CopyTo(output);
        return output.ToArray();
    }

    private static FileKey FindFileKey(Header header, IReadOnlyCollection<IIdentity> identities)
    {
        // age.md: an scrypt stanza must be alone, whichever identities are offered.
        if (header.Stanzas.Count > 1 && header.Stanzas.Any(s => s.Type == ScryptRecipient.StanzaType))
        {
            throw new AgeFormatException(AgeFailure.Header);
        }
        foreach (var identity in identities)
        {
            var fileKey = identity.Unwrap(header.Stanzas);
            if (fileKey is not null)
            {
                return fileKey;
            }
        }
        throw new NoIdentityMatchedException();
    }

    private static BufferedStream Unarmor(Stream input, ArmorMode mode)
    {
        var source = input;
        var armored = mode == ArmorMode.Armored;
        if (mode == ArmorMode.Detect)
        {
            var sniffed = new byte[ArmorSniffLength];
            sniffed = sniffed[..input.ReadAtLeast(sniffed, sniffed.Length, throwOnEndOfStream: false)];
            armored = ArmorFormat.LooksArmored(sniffed);
            source = new PrefixedStream(sniffed, input);
        }
        var buffered = new BufferedStream(source, BufferSize);
        return armored ? new BufferedStream(new ArmorReader(buffered), BufferSize) : buffered;
    }
}
