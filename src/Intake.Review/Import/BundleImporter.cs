using Intake.Bundles;
using Intake.Review.Workspace;

namespace Intake.Review.Import;

/// <summary>
/// Imports an export bundle into a workspace: checks the server's signature and the chain,
/// verifies every part's hash, then in one SQLite transaction decrypts and checks every part
/// and stores the answers sealed under the workspace key and the attachments' original
/// ciphertext. Any refusal rolls back, leaving the workspace files byte for byte as they were;
/// importing the same bundle again changes nothing.
/// </summary>
public static class BundleImporter
{
    /// <exception cref="ImportRefusedException">The bundle was refused; the message says why and what to do.</exception>
    /// <exception cref="WorkspaceException">The workspace has no identity, or one does not open.</exception>
    public static ImportResult Import(ReviewWorkspace workspace, string bundlePath, bool startChain, ImportProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        progress ??= ImportProgress.None;
        try
        {
            using var reader = OpenReader(workspace, bundlePath);
            var manifest = reader.Manifest;
            if (ChainRule.AlreadyImported(workspace.Bundles, manifest, reader.ManifestSha256))
            {
                return new ImportResult(manifest.BundleId, manifest.ServerKeyId, manifest.Sequence, AlreadyImported: true, 0, 0, 0);
            }
            ChainRule.CheckPlace(workspace.Bundles, manifest, startChain);
            using var identities = workspace.Identities.Unlock();
            reader.VerifyParts(progress.Verified);
            using var connection = workspace.Database.OpenConnection();
            using var transaction = connection.BeginTransaction();
            using var writer = new ImportWriter(connection, transaction);
            var run = new ImportRun(reader, writer, new LearningIdentity(identities.All), workspace.Key, connection, transaction, progress.Imported);
            var result = run.Execute();
            transaction.Commit();
            return result;
        }
        catch (BundleException e)
        {
            throw new ImportRefusedException(ImportRefusal.InvalidBundle, $"{bundlePath}: {e.Message} Nothing was imported.", e);
        }
    }

    private static BundleReader OpenReader(ReviewWorkspace workspace, string path)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReviewException($"Cannot read the bundle {path}: {e.Message}", e);
        }
        try
        {
            return BundleReader.Open(file, workspace.TrustedServers.Find);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
