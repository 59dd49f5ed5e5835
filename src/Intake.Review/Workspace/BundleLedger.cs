using Dapper;
using Intake.Bundles;

namespace Intake.Review.Workspace;

/// <summary>The bundles imported into the workspace, by server chain.</summary>
public sealed class BundleLedger
{
    private const string Columns = """
        bundle_id AS BundleId, server_key_id AS ServerKeyId, sequence AS Sequence, previous_bundle_id AS PreviousBundleId,
        manifest_sha256 AS ManifestSha256, created_day AS CreatedDay
        """;
    private readonly WorkspaceDatabase database;

    internal BundleLedger(WorkspaceDatabase database)
    {
        this.database = database;
    }

    public ImportedBundle? Find(Guid bundleId) =>
        QueryOne($"SELECT {Columns} FROM bundles WHERE bundle_id = @id", new { id = bundleId.ToString() });

    public ImportedBundle? FindBySequence(string serverKeyId, long sequence) =>
        QueryOne($"SELECT {Columns} FROM bundles WHERE server_key_id = @serverKeyId AND sequence = @sequence", new { serverKeyId, sequence });

    /// <summary>The bundle with the highest sequence from this server, or null when none was imported.</summary>
    public ImportedBundle? Last(string serverKeyId) =>
        QueryOne($"SELECT {Columns} FROM bundles WHERE server_key_id = @serverKeyId ORDER BY sequence DESC LIMIT 1", new { serverKeyId });

    /// <summary>Every imported bundle with the testimonies it delivered, for the operator's <c>intake purge --ack</c>.</summary>
    public Acknowledgement Acknowledge()
    {
        using var connection = database.OpenConnection();
        var bundles = connection.Query<BundleRow>($"SELECT {Columns} FROM bundles ORDER BY server_key_id, sequence").ToList();
        var delivered = connection.Query<(string BundleId, string TestimonyId)>("SELECT bundle_id, testimony_id FROM bundle_testimonies ORDER BY testimony_id")
            .ToLookup(row => row.BundleId, row => Guid.Parse(row.TestimonyId));
        return new Acknowledgement(bundles
            .Select(row => new AcknowledgedBundle(row.ServerKeyId, Guid.Parse(row.BundleId), row.Sequence, row.ManifestSha256, [.. delivered[row.BundleId]]))
            .ToList());
    }

    private ImportedBundle? QueryOne(string sql, object parameters)
    {
        using var connection = database.OpenConnection();
        return connection.Query<BundleRow>(sql, parameters).Select(row => row.ToImportedBundle()).SingleOrDefault();
    }

    // Filled by Dapper from the aliased columns.
    private sealed record BundleRow(string BundleId, string ServerKeyId, long Sequence, string? PreviousBundleId, byte[] ManifestSha256, string CreatedDay)
    {
        public ImportedBundle ToImportedBundle() => new(
            Guid.Parse(BundleId),
            ServerKeyId,
            Sequence,
            PreviousBundleId is null ? null : Guid.Parse(PreviousBundleId),
            ManifestSha256,
            IsoDay.Parse(CreatedDay));
    }
}
