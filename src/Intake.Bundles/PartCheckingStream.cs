using System.Security.Cryptography;
using Intake.Crypto.Streams;

namespace Intake.Bundles;

/// <summary>Passes one part's bytes to the bundle while counting and hashing them against its manifest entry.</summary>
internal sealed class PartCheckingStream(Stream output, BundlePart part, IProgress<long>? progress, long writtenBefore) : WriteOnlyStream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long count;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Account(buffer);
        output.Write(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Account(buffer.Span);
        await output.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public void CheckComplete()
    {
        var digest = hash.GetHashAndReset();
        hash.Dispose();
        if (count != part.Size || !CryptographicOperations.FixedTimeEquals(digest, part.Sha256))
        {
            throw new InvalidOperationException($"Part {part.PartIndex} of submission {part.SubmissionId} changed while the bundle was written; nothing was exported. Run the export again.");
        }
    }

    public override void Flush() => output.Flush();

    protected override void Dispose(bool disposing)
    {
        // The part writer may dispose the stream it was given; the hash lives until CheckComplete.
        base.Dispose(disposing);
    }

    private void Account(ReadOnlySpan<byte> buffer)
    {
        count += buffer.Length;
        if (count > part.Size)
        {
            throw new InvalidOperationException($"Part {part.PartIndex} of submission {part.SubmissionId} is longer than its manifest entry; nothing was exported. Run the export again.");
        }

        hash.AppendData(buffer);
        progress?.Report(writtenBefore + count);
    }
}
