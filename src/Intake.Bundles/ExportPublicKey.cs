using System.Security.Cryptography;
using Intake.Crypto.Encoding;
using NSec.Cryptography;

namespace Intake.Bundles;

/// <summary>
/// The server's Ed25519 export key as reviewers pin it: Bech32 text under "intake-export",
/// and a short key id (the first 8 bytes of its SHA-256) that each manifest names.
/// </summary>
public sealed class ExportPublicKey : IEquatable<ExportPublicKey>
{
    public const string Prefix = "intake-export";

    private readonly PublicKey key;
    private readonly byte[] bytes;

    internal ExportPublicKey(PublicKey key)
    {
        this.key = key;
        bytes = key.Export(KeyBlobFormat.RawPublicKey);
        KeyId = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8));
    }

    /// <summary>16 lowercase hex digits naming this key in manifests and acknowledgements.</summary>
    public string KeyId { get; }

    public ReadOnlySpan<byte> Bytes => bytes;

    /// <exception cref="BundleKeyFormatException">The text is not an export public key; the message says why.</exception>
    public static ExportPublicKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.StartsWith("AGE-SECRET-KEY-", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("age1", StringComparison.OrdinalIgnoreCase))
        {
            throw new BundleKeyFormatException("This is an age key, not the server's export key. The operator prints the export key with `intake export --show-key`; it starts with \"intake-export1\".");
        }

        if (Bech32.Decode(trimmed, out var hrp, out var data) != Bech32Result.Valid || hrp != Prefix)
        {
            throw new BundleKeyFormatException("This is not a server export key. The operator prints it with `intake export --show-key`; it starts with \"intake-export1\". Copy it again whole.");
        }

        if (data.Length != 32 || !PublicKey.TryImport(SignatureAlgorithm.Ed25519, data, KeyBlobFormat.RawPublicKey, out var key) || key is null)
        {
            throw new BundleKeyFormatException("This export key has the right prefix but not a valid Ed25519 key inside. Copy it again whole.");
        }

        return new ExportPublicKey(key);
    }

    /// <summary>Whether <paramref name="signature"/> is this key's Ed25519 signature over <paramref name="message"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        SignatureAlgorithm.Ed25519.Verify(key, message, signature);

    public override string ToString() => Bech32.Encode(Prefix, bytes);

    public bool Equals(ExportPublicKey? other) =>
        other is not null && CryptographicOperations.FixedTimeEquals(bytes, other.bytes);

    public override bool Equals(object? obj) => Equals(obj as ExportPublicKey);

    public override int GetHashCode() => KeyId.GetHashCode(StringComparison.Ordinal);
}
