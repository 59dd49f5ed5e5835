using Intake.AgeCli.Tests.Support;
using Intake.AgeCli.Tests.Tools;

namespace Intake.AgeCli.Tests;

/// <summary>Hybrid and X25519 keys made once per test class, by typage and by intake-age keygen.</summary>
public sealed class TypageKeysFixture : IDisposable
{
    public TypageKeysFixture()
    {
        try
        {
            TypageHybrid = Typage.Keygen(postQuantum: true);
            TypageX25519 = Typage.Keygen(postQuantum: false);
            IntakeHybridKey = IntakeAge.Keygen(Directory.File("intake-pq.txt"), postQuantum: true);
            IntakeX25519Key = IntakeAge.Keygen(Directory.File("intake-x25519.txt"));
            TypageHybridKey = KeyFile.Write(Directory.File("typage-pq.txt"), TypageHybrid.Identity, TypageHybrid.Recipient);
        }
        // xunit disposes only what it constructed: a fixture that fails here must clean up itself.
        catch
        {
            Directory.Dispose();
            throw;
        }
    }

    public TempDirectory Directory { get; } = new("age");

    public (string Identity, string Recipient) TypageHybrid { get; }

    public (string Identity, string Recipient) TypageX25519 { get; }

    /// <summary>typage's hybrid identity as a key file, for intake-age -i.</summary>
    public KeyFile TypageHybridKey { get; }

    public KeyFile IntakeHybridKey { get; }

    public KeyFile IntakeX25519Key { get; }

    public void Dispose() => Directory.Dispose();
}
