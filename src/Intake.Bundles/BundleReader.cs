using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Intake.Bundles;

/// <summary>
/// Reads a bundle. <see cref="Open"/> accepts it only once the manifest's signature verifies
/// under a trusted server key; <see cref="VerifyParts"/> then proves every part before the
/// caller stores anything, and <see cref="NextPart"/> hands the parts out, checking each again
/// as it is read (the file could change between the two passes).
/// </summary>
public sealed class BundleReader : IDisposable
{
    private readonly Stream input;
    private readonly long firstPartPosition;
    private int nextPart;
    private PartReadingStream? current;

    // Once a check failed, the reader refuses every later call: a caller that caught the
    // first refusal must not be able to carry on with the parts after it.
    private BundleException? refusal;

    private BundleReader(Stream input, BundleManifest manifest, byte[] manifestSha256, ExportPublicKey serverKey)
    {
        this.input = input;
        Manifest = manifest;
        ManifestSha256 = manifestSha256;
        ServerKey = serverKey;
        firstPartPosition = input.Position;
    }

    public BundleManifest Manifest { get; }

    /// <summary>SHA-256 of the signed manifest bytes: what an acknowledgement quotes back to the server.</summary>
    public byte[] ManifestSha256 { get; }

    public ExportPublicKey ServerKey { get; }

    /// <param name="input">A seekable stream positioned at the start of the bundle; the reader owns it.</param>
    /// <param name="trustedKey">The pinned key with the given key id, or null when none is pinned.</param>
    /// <exception cref="BundleException">Not a bundle, not this format, or not signed by a trusted key.</exception>
    public static BundleReader Open(Stream input, Func<string, ExportPublicKey?> trustedKey)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(trustedKey);
        if (!input.CanSeek)
        {
            throw new ArgumentException("A bundle is read twice, so its stream must be seekable.", nameof(input));
        }

        try
        {
            return Read(input, trustedKey);
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }

    /// <summary>Reads every part, checking sizes, hashes and the end of the file, then rewinds to the first part.</summary>
    /// <exception cref="BundleException">A part is missing, changed, or followed by extra bytes.</exception>
    public void VerifyParts(IProgress<long>? bytesRead = null) => Guard(() =>
    {
        input.Position = firstPartPosition;
        var buffer = new byte[1 << 16];
        long total = 0;
        foreach (var part in Manifest.Parts)
        {
            using var content = new PartReadingStream(input, part);
            int read;
            while ((read = content.Read(buffer)) > 0)
            {
                total += read;
                bytesRead?.Report(total);
            }
        }

        CheckEnd();
        input.Position = firstPartPosition;
        nextPart = 0;
        return true;
    });

    /// <summary>The next part, or null after the last (the end of the file is checked then).</summary>
    public BundlePartReader? NextPart() => Guard(() =>
    {
        current?.Drain();
        current?.Dispose();
        current = null;
        if (nextPart == Manifest.Parts.Count)
        {
            CheckEnd();
            return null;
        }

        var part = Manifest.Parts[nextPart++];
        current = new PartReadingStream(input, part);
        return new BundlePartReader(part, current);
    });

    public void Dispose()
    {
        current?.Dispose();
        input.Dispose();
    }

    private T Guard<T>(Func<T> read)
    {
        if (refusal is not null)
        {
            throw refusal;
        }

        try
        {
            return read();
        }
        catch (BundleException e)
        {
            refusal = e;
            throw;
        }
    }

    private static BundleReader Read(Stream input, Func<string, ExportPublicKey?> trustedKey)
    {
        ReadMagic(input);
        var lengthBytes = ReadExactly(input, 4, "its header");
        var length = BinaryPrimitives.ReadUInt32BigEndian(lengthBytes);
        if (length > BundleFormat.MaxManifestSize)
        {
            throw new BundleException(BundleProblem.MalformedManifest, "The bundle's manifest length is beyond any real bundle: the file is damaged or not a bundle.");
        }

        var json = ReadExactly(input, (int)length, "its manifest");
        var signature = ReadExactly(input, BundleFormat.SignatureSize, "its signature");
        var manifest = ManifestJson.Parse(json);
        var key = trustedKey(manifest.ServerKeyId) is { } trusted && trusted.KeyId == manifest.ServerKeyId
            ? trusted
            : throw new BundleException(BundleProblem.UnknownServerKey, $"This bundle was signed by server key {manifest.ServerKeyId}, which this workspace does not trust. If the operator confirms it is the server's key (`intake export --show-key`), pin it with `review trust-server KEY`.");
        if (!key.Verify(BundleFormat.SignedMessage(json), signature))
        {
            throw new BundleException(BundleProblem.BadSignature, "The bundle's signature does not match its contents: the bundle was changed after the server signed it, or it was not made by the trusted server. Do not use it; ask the operator to export again.");
        }

        return new BundleReader(input, manifest, SHA256.HashData(json), key);
    }

    private void CheckEnd()
    {
        if (input.ReadByte() >= 0)
        {
            throw new BundleException(BundleProblem.TrailingData, "The bundle has bytes after its last part that the manifest does not list. Do not use it; ask the operator to export again.");
        }
    }

    private static void ReadMagic(Stream input)
    {
        var magic = new byte[BundleFormat.Magic.Length];
        var read = input.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        if (magic.AsSpan(0, read).SequenceEqual(BundleFormat.Magic))
        {
            return;
        }

        if (read > 0 && read < magic.Length && magic.AsSpan(0, read).SequenceEqual(BundleFormat.Magic[..read]))
        {
            throw new BundleException(BundleProblem.Truncated, "The bundle ends inside its header: the copy is incomplete. Copy the file again.");
        }

        var family = "testimonio-export-bundle/"u8;
        throw read >= family.Length && magic.AsSpan(0, family.Length).SequenceEqual(family)
            ? new BundleException(BundleProblem.UnsupportedVersion, "This bundle was written in a newer format; update `review` to the operator's version.")
            : new BundleException(BundleProblem.NotABundle, "This file is not an export bundle from `intake export`.");
    }

    private static byte[] ReadExactly(Stream input, int count, string what)
    {
        var bytes = new byte[count];
        return input.ReadAtLeast(bytes, count, throwOnEndOfStream: false) == count
            ? bytes
            : throw new BundleException(BundleProblem.Truncated, $"The bundle ends inside {what}: the copy is incomplete. Copy the file again.");
    }
}
