using System.Security.Cryptography;

namespace Intake.Storage;

/// <summary>
/// Submission ids are 128 bits from the CSPRNG (no version or variant bits, unlike
/// Guid.NewGuid), stored as 16 bytes in big-endian order so the stored bytes read the
/// same as the Guid's text and as a PostgreSQL uuid.
/// </summary>
internal static class SubmissionId
{
    public static Guid New() => new(RandomNumberGenerator.GetBytes(16), bigEndian: true);

    public static byte[] ToBytes(Guid id) => id.ToByteArray(bigEndian: true);

    public static Guid FromBytes(byte[] bytes) => new(bytes, bigEndian: true);
}
