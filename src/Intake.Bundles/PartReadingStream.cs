using Intake.Crypto.Streams;
using System.Security.Cryptography;

namespace Intake.Bundles;

/// <summary>
/// Exactly one part's bytes from the bundle. Its last read checks the SHA-256 against the
/// manifest and throws rather than report a clean end when they differ.
/// </summary>
internal sealed class PartReadingStream(Stream input, BundlePart part) : ReadOnlyStream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long remaining = part.Size;
    private bool checkedHash;
    private BundleException? mismatch;

    public override long Length => part.Size;

    public override long Position
    {
        get => part.Size - remaining;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        if (remaining == 0)
        {
            CheckHash();
            return 0;
        }

        var read = input.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
        if (read == 0 && buffer.Length > 0)
        {
            throw new BundleException(BundleProblem.Truncated, $"The bundle ends inside part {part.PartIndex} of submission {part.SubmissionId}: the copy is incomplete or a part is missing. Copy the file again, or ask the operator to export again.");
        }

        hash.AppendData(buffer[..read]);
        remaining -= read;
        if (remaining == 0)
        {
            // Checked in the read that takes the last byte, so a caller that reads exactly
            // Length bytes still learns of a mismatch before using them.
            CheckHash();
        }

        return read;
    }

    public void Drain()
    {
        var buffer = new byte[1 << 16];
        while (Read(buffer) > 0)
        {
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private void CheckHash()
    {
        if (mismatch is not null)
        {
            throw mismatch;
        }

        if (checkedHash)
        {
            return;
        }

        checkedHash = true;
        if (!CryptographicOperations.FixedTimeEquals(hash.GetHashAndReset(), part.Sha256))
        {
            throw mismatch = new BundleException(BundleProblem.PartHashMismatch, $"Part {part.PartIndex} of submission {part.SubmissionId} does not match the signed manifest: the bundle was changed or damaged. Nothing was imported; copy the file again or ask the operator to export again.");
        }
    }
}
