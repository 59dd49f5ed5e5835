using Intake.Crypto.Recipients;

namespace Intake.Review.Workspace;

/// <summary>
/// How hard the workspace passphrase is to guess: Argon2id costs for the workspace key and the
/// scrypt work factor of the identity files. Chosen at <c>review init</c> and stored in the
/// workspace, so every later unlock uses what the workspace was created with.
/// </summary>
public sealed record WorkspaceKdfSettings(long ArgonOperations, int ArgonMemoryBytes, int ScryptWorkFactor)
{
    // Sodium.Core's floors (three passes, libsodium's smallest memory), and ceilings so that a
    // tampered workspace cannot make an unlock allocate more than a laptop has.
    private const long MinimumArgonOperations = 3;
    private const int MinimumArgonMemory = 8 * 1024;
    private const int MaximumArgonMemory = 1024 * 1024 * 1024;
    private const long MaximumArgonOperations = 16;

    /// <summary>libsodium's "moderate" Argon2id costs (3 passes over 256 MiB, about 0.6 s on a 2-core laptop) and age's scrypt default.</summary>
    public static WorkspaceKdfSettings Moderate { get; } = new(3, 256 * 1024 * 1024, ScryptRecipient.DefaultWorkFactor);

    /// <exception cref="WorkspaceException">The costs are outside what this program will spend.</exception>
    public void Check()
    {
        if (ArgonOperations is < MinimumArgonOperations or > MaximumArgonOperations
            || ArgonMemoryBytes is < MinimumArgonMemory or > MaximumArgonMemory
            || ScryptWorkFactor is < 1 or > ScryptIdentity.DefaultMaxWorkFactor)
        {
            throw new WorkspaceException(
                "The workspace asks for key-derivation costs outside the range this program accepts, so it was not unlocked. " +
                "The workspace file was damaged or tampered with: restore it from a backup.");
        }
    }
}
