using Intake.AgeCli.Tests.Support;
using Intake.AgeCli.Tests.Tools;

namespace Intake.AgeCli.Tests;

/// <summary>One ~200 KiB file encrypted once by intake-age: three full chunks and a short last one.</summary>
public sealed class TamperFixture : IDisposable
{
    public const int LastChunk = 3;

    public TamperFixture()
    {
        try
        {
            Key = IntakeAge.Keygen(Directory.File("key.txt"));
            Plaintext = Payload.Random(200 * 1024, seed: 200);
            Ciphertext = IntakeAge.RunWithStdin(Plaintext, "-r", Key.Recipient).EnsureSuccess().Stdout;
            Layout = AgeFileLayout.Of(Ciphertext);
            // The positions the tests pick rely on this layout: header, nonce, 3 full chunks, last chunk and its tag.
            Assert.Equal(Layout.ChunkStart(LastChunk) + (Plaintext.Length - LastChunk * Payload.ChunkSize) + AgeFileLayout.TagSize, Ciphertext.Length);
        }
        // xunit disposes only what it constructed: a fixture that fails here must clean up itself.
        catch
        {
            Directory.Dispose();
            throw;
        }
    }

    public TempDirectory Directory { get; } = new("age");

    public KeyFile Key { get; }

    public byte[] Plaintext { get; }

    public byte[] Ciphertext { get; }

    public AgeFileLayout Layout { get; }

    public void Dispose() => Directory.Dispose();
}
