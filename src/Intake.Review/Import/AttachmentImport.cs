using System.Security.Cryptography;
using Intake.Bundles;
using Intake.Crypto.Age;
using Intake.Crypto.Recipients;
using Intake.Questionnaires;

namespace Intake.Review.Import;

/// <summary>
/// Stores an attachment part's original age ciphertext in chunk rows while decrypting it in
/// the same pass, to prove an identity opens it and that the plaintext has the size and
/// SHA-256 the source's answers give. The plaintext is hashed and thrown away.
/// </summary>
internal static class AttachmentImport
{
    public const int ChunkSize = 1 << 20;

    /// <param name="storeChunk">Inserts one chunk row (sequence number, ciphertext bytes).</param>
    /// <exception cref="ImportRefusedException">No identity opens it, or the plaintext is not what the answers say.</exception>
    public static void Run(BundlePartReader part, AttachmentManifestEntry expected, IIdentity identity, Action<long, byte[]> storeChunk)
    {
        var id = part.Part.SubmissionId;
        var index = part.Part.PartIndex;
        using var ciphertext = new ChunkingStream(part.Content, ChunkSize, storeChunk);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        try
        {
            using var plaintext = AgeDecryptor.Open(ciphertext, [identity], new AgeDecryptOptions { LeaveOpen = true });
            var buffer = new byte[1 << 16];
            int read;
            while ((read = plaintext.Read(buffer)) > 0)
            {
                hash.AppendData(buffer.AsSpan(0, read));
                size += read;
            }
            CryptographicOperations.ZeroMemory(buffer);
        }
        catch (NoIdentityMatchedException e)
        {
            throw ImportFailures.NoIdentityOpens(id, index, e);
        }
        catch (AgeFormatException e)
        {
            throw ImportFailures.DamagedPart(id, index, e);
        }
        ciphertext.ReadToEnd();
        var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (size != expected.Size || sha256 != expected.Sha256Hex)
        {
            throw new ImportRefusedException(
                ImportRefusal.ContentMismatch,
                $"Attachment {index} of submission {id} decrypts to {size} bytes with SHA-256 {sha256}, but the source's answers say {expected.Size} bytes with SHA-256 {expected.Sha256Hex}. " +
                "Nothing was imported. Report it to the operator: the server stored something other than what the source sent.");
        }
    }
}
