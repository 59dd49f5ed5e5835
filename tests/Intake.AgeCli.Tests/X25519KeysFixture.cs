using Intake.AgeCli.Tests.Support;
using Intake.AgeCli.Tests.Tools;

namespace Intake.AgeCli.Tests;

/// <summary>X25519 key files made once per test class: one by age-keygen, two by intake-age keygen.</summary>
public sealed class X25519KeysFixture : IDisposable
{
    public X25519KeysFixture()
    {
        try
        {
            AgeKey = Age.Keygen(Directory.File("age-keygen.txt"));
            IntakeKey = IntakeAge.Keygen(Directory.File("intake-keygen.txt"));
            SecondIntakeKey = IntakeAge.Keygen(Directory.File("intake-keygen-2.txt"));
        }
        // xunit disposes only what it constructed: a fixture that fails here must clean up itself.
        catch
        {
            Directory.Dispose();
            throw;
        }
    }

    public TempDirectory Directory { get; } = new("age");

    public KeyFile AgeKey { get; }

    public KeyFile IntakeKey { get; }

    public KeyFile SecondIntakeKey { get; }

    public void Dispose() => Directory.Dispose();
}
