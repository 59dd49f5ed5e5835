using Intake.Crypto.Recipients;
using Intake.Storage;

namespace Intake.Server.Recipients;

/// <summary>
/// The reviewers' public keys every part is encrypted to, as stored by
/// <c>intake recipients add</c>. Read for each submission, so a key added while the
/// server runs applies to the next testimony without a restart.
/// </summary>
public sealed class ReviewerKeys(RecipientStore store)
{
    public IReadOnlyList<IRecipient> Load() => [.. store.List().Select(r => AgeKeys.ParseRecipient(r.PublicKey))];

    /// <summary>
    /// Parses and checks a key an operator wants to add: a public key (never a secret one),
    /// of the same kind as those already configured (all post-quantum or all classic).
    /// </summary>
    public static IRecipient CheckNewKey(string text, IReadOnlyList<IRecipient> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var recipient = AgeKeys.ParseRecipient(text);
        if (existing.Count > 0 && existing[0].Kind != recipient.Kind)
        {
            throw new InvalidOperationException(recipient.Kind == RecipientKind.PostQuantum
                ? "This deployment encrypts to classic X25519 keys (age1…); a post-quantum key (age1pq1…) cannot be added beside them, because every file would still be breakable through the classic keys. Remove the classic keys first (intake recipients remove ID) if the whole team is moving to post-quantum keys."
                : "This deployment encrypts to post-quantum keys (age1pq1…); adding a classic X25519 key (age1…) would make every new testimony breakable by a future quantum computer. Ask the reviewer for a post-quantum key (review keygen).");
        }
        return recipient;
    }
}
