using NSec.Cryptography;

namespace Intake.Bundles;

/// <summary>The server's Ed25519 export key. Its 32-byte seed is the only form it is stored in.</summary>
public sealed class ExportSigningKey : IDisposable
{
    private readonly Key key;

    private ExportSigningKey(Key key)
    {
        this.key = key;
        PublicKey = new ExportPublicKey(key.PublicKey);
    }

    public ExportPublicKey PublicKey { get; }

    public static ExportSigningKey Generate() => new(Key.Create(SignatureAlgorithm.Ed25519, Exportable()));

    /// <exception cref="ArgumentException">The seed is not 32 bytes.</exception>
    public static ExportSigningKey FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != 32)
        {
            throw new ArgumentException("An Ed25519 seed is 32 bytes.", nameof(seed));
        }

        return new(Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey, Exportable()));
    }

    /// <summary>The 32-byte seed, for the key file; the caller zeroes it after writing.</summary>
    public byte[] ExportSeed() => key.Export(KeyBlobFormat.RawPrivateKey);

    public byte[] Sign(ReadOnlySpan<byte> message) => SignatureAlgorithm.Ed25519.Sign(key, message);

    public void Dispose() => key.Dispose();

    // The seed must be exportable once, to be written to the server's key file.
    private static KeyCreationParameters Exportable() => new() { ExportPolicy = KeyExportPolicies.AllowPlaintextExport };
}
