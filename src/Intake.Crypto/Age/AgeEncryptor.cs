using System.Security.Cryptography;
using Intake.Crypto.Armor;
using Intake.Crypto.Payload;
using Intake.Crypto.Recipients;

namespace Intake.Crypto.Age;

/// <summary>Encrypts to age v1 files, streaming, in constant memory.</summary>
public static class AgeEncryptor
{
    /// <summary>
    /// Writes the header to <paramref name="output"/> and returns a stream that encrypts what
    /// is written to it. Dispose the returned stream to finish the file.
    /// </summary>
    public static Stream Create(Stream output, IReadOnlyCollection<IRecipient> recipients, AgeEncryptOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        options ??= new AgeEncryptOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        CheckRecipients(recipients);
        using var fileKey = FileKey.Generate();
        var header = Header.Create([.. recipients.Select(r => r.Wrap(fileKey))], fileKey);
        var target = options.Armor ? new ArmorWriter(output, options.LeaveOpen) : output;
        target.Write(header.Encode());
        var nonce = PayloadFormat.NewNonce();
        target.Write(nonce);
        var payloadKey = PayloadFormat.DeriveKey(fileKey, nonce);
        try
        {
            var payload = new PayloadWriter(target, payloadKey, options.MaxDegreeOfParallelism, options.Backend);
            return new EncryptingStream(payload, target, options.LeaveOpen && !options.Armor);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(payloadKey);
        }
    }

    /// <summary>Encrypts a whole buffer.</summary>
    public static byte[] Encrypt(ReadOnlySpan<byte> plaintext, IReadOnlyCollection<IRecipient> recipients, AgeEncryptOptions? options = null)
    {
        var output = new MemoryStream();
        using (var encrypting = Create(output, recipients, (options ?? new AgeEncryptOptions()) with { LeaveOpen = true }))
        {
            encrypting.Write(plaintext);
        }
        return output.ToArray();
    }

    // age.md: a passphrase must be alone, and post-quantum files SHOULD NOT also be
    // encrypted to classic keys, which would leave them open to a future quantum attack.
    private static void CheckRecipients(IReadOnlyCollection<IRecipient> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        if (recipients.Count == 0)
        {
            throw new ArgumentException("At least one recipient is needed.", nameof(recipients));
        }
        var kinds = recipients.Select(r => r.Kind).Distinct().ToList();
        if (kinds.Contains(RecipientKind.Passphrase) && recipients.Count > 1)
        {
            throw new ArgumentException("A passphrase must be the only recipient of a file.");
        }
        if (kinds.Contains(RecipientKind.PostQuantum) && kinds.Contains(RecipientKind.Classic))
        {
            throw new ArgumentException(
                "Post-quantum (age1pq1…) and classic X25519 (age1…) recipients cannot be mixed in one file: the classic key would make the file breakable by a future quantum computer. Use recipients of one kind.");
        }
    }
}
