using Intake.Bundles;
using Intake.Storage;

namespace Intake.Server.Export;

/// <summary>
/// Decides which exported submissions a purge may remove: those the reviewers acknowledged
/// importing, in the very bundle the server recorded, and those past a retention age.
/// Anything pending export is never touched, and an acknowledgement that does not match the
/// server's own records is refused whole.
/// </summary>
public sealed class PurgePlan(ExportStore store, string serverKeyId)
{
    /// <exception cref="InvalidOperationException">The acknowledgement is not for this server or does not match its records.</exception>
    public async Task<IReadOnlySet<Guid>> AcknowledgedAsync(Acknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        var ours = acknowledgement.Bundles.Where(bundle => bundle.ServerKeyId == serverKeyId).ToList();
        if (ours.Count == 0)
        {
            var keys = string.Join(", ", acknowledgement.Bundles.Select(bundle => bundle.ServerKeyId).Distinct());
            throw new InvalidOperationException($"The acknowledgement confirms no bundle of this server (export key {serverKeyId}){(keys.Length == 0 ? string.Empty : $"; it is for key {keys}")}. Nothing was purged.");
        }

        var covered = new HashSet<Guid>();
        foreach (var bundle in ours)
        {
            var recorded = await store.FindAsync(bundle.BundleId, cancellationToken).ConfigureAwait(false);
            if (recorded is null || recorded.Sequence != bundle.Sequence || !recorded.ManifestSha256.AsSpan().SequenceEqual(bundle.ManifestSha256))
            {
                throw new InvalidOperationException($"The acknowledgement names bundle {bundle.Sequence} ({bundle.BundleId}) differently from what this server exported. It may be altered or from another server. Nothing was purged; ask the reviewers for a fresh `review ack`.");
            }

            var stored = await store.ListExportedInAsync(bundle.BundleId, cancellationToken).ConfigureAwait(false);
            covered.UnionWith(stored.Intersect(bundle.Submissions));
        }

        return covered;
    }

    /// <summary>Exported submissions received at least <paramref name="days"/> days before <paramref name="today"/>.</summary>
    public Task<IReadOnlyList<Guid>> OlderThanAsync(int days, DateOnly today, CancellationToken cancellationToken) =>
        store.ListExportedReceivedByAsync(today.AddDays(-days), cancellationToken);
}
