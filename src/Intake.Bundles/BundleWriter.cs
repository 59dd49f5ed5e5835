using System.Buffers.Binary;

namespace Intake.Bundles;

/// <summary>
/// Writes a bundle front to back in one pass: header, signed manifest, then each part as
/// <c>writePart</c> supplies it. Every part is checked against the manifest as it passes, so
/// a part that changed since the manifest was made stops the export instead of shipping.
/// </summary>
public static class BundleWriter
{
    /// <exception cref="InvalidOperationException">A part's bytes differ from its manifest entry.</exception>
    public static async Task WriteAsync(
        Stream output,
        BundleManifest manifest,
        ExportSigningKey key,
        Func<BundlePart, Stream, CancellationToken, Task> writePart,
        IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(writePart);
        if (manifest.ServerKeyId != key.PublicKey.KeyId)
        {
            throw new ArgumentException("The manifest names another server key than the one signing it.", nameof(manifest));
        }

        var json = ManifestJson.Serialize(manifest);
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, checked((uint)json.Length));
        await output.WriteAsync(BundleFormat.Magic.ToArray(), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(length, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(json, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(key.Sign(BundleFormat.SignedMessage(json)), cancellationToken).ConfigureAwait(false);

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
