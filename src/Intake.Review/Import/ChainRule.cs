using Intake.Bundles;
using Intake.Review.Workspace;

namespace Intake.Review.Import;

/// <summary>
/// Where a bundle may enter its server's chain. Each server numbers its bundles 1, 2, 3… and each
/// names the one before it. A bundle is accepted when it is the server's number 1, or follows
/// exactly the last bundle imported from that server (sequence + 1, previous = that bundle's id).
/// A workspace that deliberately starts later in a chain (a reviewer joining an existing team)
/// accepts any first bundle with <c>--start-chain</c>. Everything else is a gap, a fork or a replay.
/// </summary>
internal static class ChainRule
{
    /// <summary>Whether this exact bundle (same id, same signed manifest) was imported before.</summary>
    /// <exception cref="ImportRefusedException">The id was imported with another manifest (a replay).</exception>
    public static bool AlreadyImported(BundleLedger ledger, BundleManifest manifest, byte[] manifestSha256)
    {
        var earlier = ledger.Find(manifest.BundleId);
        if (earlier is null)
        {
            return false;
        }
        return earlier.ManifestSha256.AsSpan().SequenceEqual(manifestSha256)
            ? true
            : throw new ImportRefusedException(
                ImportRefusal.Replay,
                $"Bundle {manifest.BundleId} was already imported, but this copy's signed manifest is different: a server restored from a backup or a replayed old export makes such a bundle. " +
                "Nothing was imported. Ask the operator to check the server, and to export again.");
    }

    /// <exception cref="ImportRefusedException">The bundle is a replay of a number already imported, or is out of order.</exception>
    public static void CheckPlace(BundleLedger ledger, BundleManifest manifest, bool startChain)
    {
        var server = manifest.ServerKeyId;
        var sameNumber = ledger.FindBySequence(server, manifest.Sequence);
        if (sameNumber is not null)
        {
            throw new ImportRefusedException(
                ImportRefusal.Replay,
                $"Bundle number {manifest.Sequence} from server {server} was already imported (as bundle {sameNumber.BundleId}), and this is a different bundle with the same number: " +
                "a server restored from a backup re-exports like this. Nothing was imported. Ask the operator to check the server before exporting again.");
        }
        var last = ledger.Last(server);
        if (last is null)
        {
            if (manifest.Sequence != 1 && !startChain)
            {
                throw new ImportRefusedException(
                    ImportRefusal.OutOfOrder,
                    $"This is bundle number {manifest.Sequence} from server {server}, the first from that server in this workspace; expected number 1. " +
                    "Import the server's bundles from number 1, or, if this workspace deliberately starts here, run again with --start-chain. Nothing was imported.");
            }
            return;
        }
        if (manifest.Sequence != last.Sequence + 1)
        {
            throw new ImportRefusedException(
                ImportRefusal.OutOfOrder,
                $"This is bundle number {manifest.Sequence} from server {server}, but the next one expected is number {last.Sequence + 1} (the one after bundle {last.BundleId}). " +
                $"Import number {last.Sequence + 1} first; if it is lost, ask the operator to export again. Nothing was imported.");
        }
        if (manifest.PreviousBundleId != last.BundleId)
        {
            throw new ImportRefusedException(
                ImportRefusal.OutOfOrder,
                $"This is bundle number {manifest.Sequence} from server {server}, expected next, but it follows bundle {manifest.PreviousBundleId} instead of bundle {last.BundleId} imported as number {last.Sequence}: " +
                "the server's chain forked (a restored backup, or two servers with one key). Nothing was imported; ask the operator to check the server.");
        }
    }
}
