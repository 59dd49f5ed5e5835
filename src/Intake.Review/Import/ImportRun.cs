using System.Runtime.ExceptionServices;
using Dapper;
using Intake.Bundles;
using Intake.Crypto.Recipients;
using Intake.Review.Workspace;
using Microsoft.Data.Sqlite;

namespace Intake.Review.Import;

/// <summary>
/// One pass over a verified bundle inside the import transaction. Answers parts are read in
/// batches and decrypted on every core; rows are written in bundle order on this thread.
/// Attachments stream one at a time, after their submission's answers are written.
/// </summary>
internal sealed class ImportRun(
    BundleReader reader,
    ImportWriter writer,
    IIdentity identity,
    WorkspaceKey key,
    SqliteConnection connection,
    SqliteTransaction transaction,
    IProgress<long>? progress)
{
    // Bounds on what one batch holds in memory: answers are a few KiB, 16 MiB is the most any may be.
    private const int BatchCount = 512;
    private const long BatchBytes = 64L << 20;
    private const long MaxAnswersSize = 16L << 20;

    private readonly BundleManifest manifest = reader.Manifest;
    private readonly SubmissionDecoder decoder = new(identity, key);
    private readonly List<(BundlePart Part, byte[] Ciphertext)> pending = [];
    private readonly ILookup<Guid, BundlePart> partsBySubmission = reader.Manifest.Parts.ToLookup(part => part.SubmissionId);
    private HashSet<string> existing = [];
    private DecodedSubmission? lastDecoded;
    private long pendingBytes;
    private long doneBytes;
    private int testimonies;
    private int attachments;
    private int alreadyPresent;

    public ImportResult Execute()
    {
        existing = connection.Query<string>("SELECT id FROM testimonies", transaction: transaction).ToHashSet(StringComparer.Ordinal);
        writer.InsertBundle(manifest, reader.ManifestSha256);
        while (reader.NextPart() is { } part)
        {
            var id = part.Part.SubmissionId;
            if (existing.Contains(TestimonyFields.Row(id)))
            {
                Repeat(part.Part);
            }
            else if (part.Part.PartIndex == 0)
            {
                Queue(part);
            }
            else
            {
                Flush();
                Attach(part);
            }
        }
        Flush();
        return new ImportResult(manifest.BundleId, manifest.ServerKeyId, manifest.Sequence, AlreadyImported: false, testimonies, attachments, alreadyPresent);
    }

    private void Queue(BundlePartReader part)
    {
        if (part.Part.Size > MaxAnswersSize)
        {
            throw new ImportRefusedException(
                ImportRefusal.ContentMismatch,
                $"The answers part of submission {part.Part.SubmissionId} is {part.Part.Size} bytes, far more than any answers document. Nothing was imported. Report it to the operator.");
        }
        var ciphertext = new byte[part.Part.Size];
        part.Content.ReadExactly(ciphertext);
        // Reading past the end makes the bundle reader check the part's hash now.
        if (part.Content.ReadByte() >= 0)
        {
            throw new InvalidOperationException("A bundle part is longer than its manifest entry.");
        }
        pending.Add((part.Part, ciphertext));
        pendingBytes += ciphertext.Length;
        if (pending.Count >= BatchCount || pendingBytes >= BatchBytes)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (pending.Count == 0)
        {
            return;
        }
        var decoded = new DecodedSubmission[pending.Count];
        try
        {
            Parallel.For(0, pending.Count, i => decoded[i] = decoder.Decode(pending[i].Part, pending[i].Ciphertext, partsBySubmission[pending[i].Part.SubmissionId].Count()));
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        for (var i = 0; i < decoded.Length; i++)
        {
            writer.InsertTestimony(decoded[i]);
            writer.InsertPart(pending[i].Part, sealedName: null, sealedType: null);
            writer.LinkBundle(manifest.BundleId, decoded[i].Id);
        }
        testimonies += decoded.Length;
        lastDecoded = decoded[^1];
        Report(pendingBytes);
        pending.Clear();
        pendingBytes = 0;
    }

    private void Attach(BundlePartReader part)
    {
        var bundlePart = part.Part;
        var submission = lastDecoded is { } last && last.Id == bundlePart.SubmissionId
            ? last
            : throw new InvalidOperationException("An attachment part came before its submission's answers part.");
        var expected = submission.Attachments[bundlePart.PartIndex - 1];
        writer.InsertPart(
            bundlePart,
            key.SealText(expected.FileName, TestimonyFields.AttachmentName(bundlePart.SubmissionId, bundlePart.PartIndex)),
            key.SealText(expected.DeclaredType, TestimonyFields.AttachmentType(bundlePart.SubmissionId, bundlePart.PartIndex)));
        AttachmentImport.Run(part, expected, identity, (seq, data) =>
        {
            writer.InsertChunk(bundlePart, seq, data);
            Report(data.Length);
        });
        attachments++;
    }

    // A testimony an earlier bundle delivered: accepted again only with exactly the same parts.
    private void Repeat(BundlePart part)
    {
        if (part.PartIndex == 0)
        {
            var stored = connection.Query<(long Index, long Size, byte[] Sha256)>(
                "SELECT part_index, ciphertext_size, ciphertext_sha256 FROM parts WHERE testimony_id = @id ORDER BY part_index",
                new { id = TestimonyFields.Row(part.SubmissionId) },
                transaction).ToList();
            var arriving = partsBySubmission[part.SubmissionId].ToList();
            var same = stored.Count == arriving.Count
                && stored.Zip(arriving).All(pair => pair.First.Index == pair.Second.PartIndex && pair.First.Size == pair.Second.Size && pair.First.Sha256.AsSpan().SequenceEqual(pair.Second.Sha256));
            if (!same)
            {
                throw new ImportRefusedException(
                    ImportRefusal.ConflictingTestimony,
                    $"Submission {part.SubmissionId} was already imported from an earlier bundle, and this bundle carries different parts for it. Nothing was imported. Ask the operator to check the server.");
            }
            writer.LinkBundle(manifest.BundleId, part.SubmissionId);
            alreadyPresent++;
        }
        Report(part.Size);
    }

    private void Report(long bytes)
    {
        doneBytes += bytes;
        progress?.Report(doneBytes);
    }
}
