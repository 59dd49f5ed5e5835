using Dapper;
using Intake.Bundles;

namespace Intake.Review.Workspace;

/// <summary>The intake servers' export keys the reviewers pinned with <c>review trust-server</c>.</summary>
public sealed class TrustedServerStore
{
    private readonly WorkspaceDatabase database;

    internal TrustedServerStore(WorkspaceDatabase database)
    {
        this.database = database;
    }

    /// <summary>Pins a server key; false when it was already pinned.</summary>
    /// <exception cref="WorkspaceException">Another key with the same key id is pinned.</exception>
    public bool Add(ExportPublicKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var existing = Find(key.KeyId);
        if (existing is not null)
        {
            return existing.Equals(key)
                ? false
                : throw new WorkspaceException(
                    $"A different server key with the same key id {key.KeyId} is already trusted; nothing was changed. Check with the operator which key is right.");
        }
        using var connection = database.OpenConnection();
        connection.Execute(
            "INSERT INTO trusted_servers (key_id, public_key, added_day) VALUES (@KeyId, @PublicKey, @Day)",
            new { key.KeyId, PublicKey = key.ToString(), Day = IsoDay.ToText(IsoDay.Today) });
        return true;
    }

    /// <summary>Every pinned key, by key id.</summary>
    public IReadOnlyList<ExportPublicKey> List()
    {
        using var connection = database.OpenConnection();
        return connection.Query<string>("SELECT public_key FROM trusted_servers ORDER BY key_id").Select(ExportPublicKey.Parse).ToList();
    }

    /// <summary>The pinned key with this key id, or null.</summary>
    public ExportPublicKey? Find(string keyId)
    {
        using var connection = database.OpenConnection();
        var text = connection.QuerySingleOrDefault<string>("SELECT public_key FROM trusted_servers WHERE key_id = @keyId", new { keyId });
        return text is null ? null : ExportPublicKey.Parse(text);
    }
}
