using System.Security.Cryptography;
using Intake.Bundles;
using Intake.Storage;

namespace Intake.Server.Export;

/// <summary>
/// Writes everything not yet exported as the next bundle of the chain. The bundle is written
/// under a temporary name, synced, recorded in the database (which marks its submissions
/// exported), and only then renamed: no half bundle ever carries the final name, and a
/// bundle that failed leaves every submission pending for the next export.
/// </summary>
public sealed class BundleExporter(ExportStore store, SubmissionStore submissions, ExportSigningKey key, TimeProvider time)
{
    /// <summary>
    /// Parts in one bundle at most: keeps the manifest (about 200 bytes a part) far below the
    /// 32 MiB a reader accepts. What does not fit stays pending for the next bundle.
    /// </summary>
    public const int MaxPartsPerBundle = 50_000;

    /// <exception cref="IOException"><paramref name="path"/> exists already, or the bundle could not be named.</exception>
    public async Task<ExportSummary> ExportAsync(string path, IProgress<(long Done, long Total)>? progress, CancellationToken cancellationToken)
    {
        var full = CheckFree(path);
        var manifest = await BuildManifestAsync(cancellationToken).ConfigureAwait(false);
        var temporary = TemporaryBeside(full);
        try
        {
            SignedManifest? signed = null;
            await WriteAsync(temporary, async (output, token) => signed = await BundleWriter.WriteAsync(output, manifest, key, CopyPartAsync, Bytes(manifest, progress), token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            var record = new RecordedBundle(manifest.BundleId, manifest.Sequence, manifest.CreatedDay, signed!.Sha256(), signed.Json, signed.Signature);
            await store.RecordAsync(record, manifest.Submissions.ToList(), cancellationToken).ConfigureAwait(false);
            Rename(temporary, full, $"Bundle {manifest.Sequence} is recorded as exported but could not be named {full}. Write it again with: intake export --again {manifest.Sequence} --out FILE");
            var (_, remaining) = await store.CountAsync(cancellationToken).ConfigureAwait(false);
            return new ExportSummary(full, manifest, remaining);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes bundle <paramref name="sequence"/> again, byte for byte, for a copy that was lost or damaged.</summary>
    /// <exception cref="InvalidOperationException">No such bundle, or it was purged.</exception>
    public async Task<ExportSummary> RewriteAsync(long sequence, string path, IProgress<(long Done, long Total)>? progress, CancellationToken cancellationToken)
    {
        var full = CheckFree(path);
        var recorded = await store.FindAsync(sequence, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"There is no bundle {sequence}; the last one is {(await store.LatestAsync(cancellationToken).ConfigureAwait(false))?.Sequence ?? 0}.");
        if (recorded.Manifest is null || recorded.Signature is null)
        {
            throw new InvalidOperationException($"Bundle {sequence} was purged; its testimonies are no longer on this server.");
        }

        var signed = new SignedManifest(recorded.Manifest, recorded.Signature);
        var manifest = signed.ReadManifest();
        var stored = await store.ListExportedInAsync(recorded.Id, cancellationToken).ConfigureAwait(false);
        var missing = manifest.Submissions.Except(stored).Count();
        if (missing > 0)
        {
            throw new InvalidOperationException($"Bundle {sequence} was partly purged ({missing} of {manifest.Submissions.Count()} testimonies removed), so it can no longer be written again whole.");
        }

        var temporary = TemporaryBeside(full);
        try
        {
            await WriteAsync(temporary, (output, token) => BundleWriter.WriteSignedAsync(output, signed, CopyPartAsync, Bytes(manifest, progress), token), cancellationToken).ConfigureAwait(false);
            Rename(temporary, full, $"Bundle {sequence} could not be named {full}.");
            return new ExportSummary(full, manifest, 0);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private async Task<BundleManifest> BuildManifestAsync(CancellationToken cancellationToken)
    {
        var pending = await store.ListPendingAsync(cancellationToken).ConfigureAwait(false);
        var latest = await store.LatestAsync(cancellationToken).ConfigureAwait(false);
        var parts = new List<BundlePart>();
        foreach (var submission in pending)
        {
            if (parts.Count + submission.PartSizes.Count > MaxPartsPerBundle)
            {
                break;
            }

            for (var index = 0; index < submission.PartSizes.Count; index++)
            {
                var hash = await HashPartAsync(submission.Id, index, cancellationToken).ConfigureAwait(false);
                parts.Add(new BundlePart(submission.Id, index, submission.ReceivedDay, submission.PartSizes[index], hash));
            }
        }

        return new BundleManifest
        {
            BundleId = new Guid(RandomNumberGenerator.GetBytes(16), bigEndian: true),
            Sequence = (latest?.Sequence ?? 0) + 1,
            PreviousBundleId = latest?.Id,
            ServerKeyId = key.PublicKey.KeyId,
            CreatedDay = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            Parts = parts,
        };
    }

    private async Task<byte[]> HashPartAsync(Guid submission, int index, CancellationToken cancellationToken)
    {
        await using var part = await submissions.OpenPartAsync(submission, index, cancellationToken).ConfigureAwait(false);
        return await SHA256.HashDataAsync(part, cancellationToken).ConfigureAwait(false);
    }

    private static string CheckFree(string path)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) || Directory.Exists(full)
            ? throw new IOException($"{full} exists already; choose another --out file (an export never overwrites a bundle).")
            : full;
    }

    private static string TemporaryBeside(string full) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.partial");

    private static SynchronousProgress<long>? Bytes(BundleManifest manifest, IProgress<(long Done, long Total)>? progress) =>
        progress is null ? null : new SynchronousProgress<long>(done => progress.Report((done, manifest.TotalBytes)));

    private static void Rename(string temporary, string full, string failure)
    {
        try
        {
            File.Move(temporary, full, overwrite: false);
        }
        catch (IOException e)
        {
            throw new IOException($"{failure} ({e.Message})", e);
        }
    }

    private static async Task WriteAsync(string temporary, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var file = new FileStream(temporary, options);
        await write(file, cancellationToken).ConfigureAwait(false);
        file.Flush(flushToDisk: true);
    }

    private async Task CopyPartAsync(BundlePart part, Stream output, CancellationToken cancellationToken)
    {
        await using var content = await submissions.OpenPartAsync(part.SubmissionId, part.PartIndex, cancellationToken).ConfigureAwait(false);
        await content.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }
}
