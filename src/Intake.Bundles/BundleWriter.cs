using System.Buffers.Binary;

namespace Intake.Bundles;

/// <summary>
/// Writes a bundle front to back in one pass: header, signed manifest, then each part as
/// <c>writePart</c> supplies it. Every part is checked against the manifest as it passes, so
/// a part that changed since the manifest was made stops the export instead of shipping.
/// </summary>
public static class BundleWriter
{
    /// <returns>The manifest bytes and signature written.</returns>
    /// <exception cref="InvalidOperationException">A part's bytes differ from its manifest entry.</exception>
    public static async Task<SignedManifest> WriteAsync(
        Stream output,
        BundleManifest manifest,
        ExportSigningKey key,
        Func<BundlePart, Stream, CancellationToken, Task> writePart,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(key);
        if (manifest.ServerKeyId != key.PublicKey.KeyId)
        {
            throw new ArgumentException("The manifest names another server key than the one signing it.", nameof(manifest));
        }

        var json = ManifestJson.Serialize(manifest);
        if (json.Length > BundleFormat.MaxManifestSize)
        {
            throw new ArgumentException($"The manifest of {manifest.Parts.Count} parts is {json.Length} bytes, more than the {BundleFormat.MaxManifestSize} a reader accepts; export fewer submissions in one bundle.", nameof(manifest));
        }

        var signed = new SignedManifest(json, key.Sign(BundleFormat.SignedMessage(json)));
        await WriteSignedAsync(output, signed, writePart, progress, cancellationToken).ConfigureAwait(false);
        return signed;
    }

    /// <summary>Writes a bundle from a manifest signed earlier: the same parts give the same bytes.</summary>
    /// <exception cref="InvalidOperationException">A part's bytes differ from its manifest entry.</exception>
    public static async Task WriteSignedAsync(
        Stream output,
        SignedManifest signedManifest,
        Func<BundlePart, Stream, CancellationToken, Task> writePart,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(signedManifest);
        ArgumentNullException.ThrowIfNull(writePart);
        var manifest = ManifestJson.Parse(signedManifest.Json);
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, checked((uint)signedManifest.Json.Length));
        await output.WriteAsync(BundleFormat.Magic.ToArray(), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(length, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(signedManifest.Json, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(signedManifest.Signature, cancellationToken).ConfigureAwait(false);

        long written = 0;
        foreach (var part in manifest.Parts)
        {
            using var checking = new PartCheckingStream(output, part, progress, written);
            await writePart(part, checking, cancellationToken).ConfigureAwait(false);
            checking.CheckComplete();
            written += part.Size;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
