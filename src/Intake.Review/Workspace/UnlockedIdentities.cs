using Intake.Crypto.Recipients;

namespace Intake.Review.Workspace;

/// <summary>The workspace's secret keys, decrypted once for an import or an attachment; disposing zeroes them.</summary>
public sealed class UnlockedIdentities(IReadOnlyList<IIdentity> all) : IDisposable
{
    public IReadOnlyList<IIdentity> All { get; } = all;

    public void Dispose()
    {
        foreach (var identity in All.OfType<IDisposable>())
        {
            identity.Dispose();
        }
    }
}
