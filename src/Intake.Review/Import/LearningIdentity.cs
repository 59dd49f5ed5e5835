using Intake.Crypto.Age;
using Intake.Crypto.Recipients;

namespace Intake.Review.Import;

/// <summary>
/// All the workspace's identities as one, remembering which identity opened which stanza
/// position last. A server encrypts every part to the same recipients in the same order, so
/// the remembered pair nearly always opens the next part at the first try: one post-quantum
/// decapsulation per part instead of one per stanza and identity. Safe to share between threads.
/// </summary>
internal sealed class LearningIdentity(IReadOnlyList<IIdentity> identities) : IIdentity
{
    private long remembered = -1;

    public FileKey? Unwrap(IReadOnlyList<Stanza> stanzas)
    {
        ArgumentNullException.ThrowIfNull(stanzas);
        var hint = Interlocked.Read(ref remembered);
        if (hint >= 0)
        {
            var (identity, stanza) = ((int)(hint >> 32), (int)(hint & 0xFFFF_FFFF));
            if (stanza < stanzas.Count && identities[identity].Unwrap([stanzas[stanza]]) is { } found)
            {
                return found;
            }
        }
        for (var identity = 0; identity < identities.Count; identity++)
        {
            for (var stanza = 0; stanza < stanzas.Count; stanza++)
            {
                if (((long)identity << 32 | (uint)stanza) == hint)
                {
                    continue;
                }
                if (identities[identity].Unwrap([stanzas[stanza]]) is { } found)
                {
                    Interlocked.Exchange(ref remembered, (long)identity << 32 | (uint)stanza);
                    return found;
                }
            }
        }
        return null;
    }
}
