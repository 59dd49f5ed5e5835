namespace Intake.Bundles;

/// <summary>Why a bundle or an acknowledgement was refused; each names one thing the reader can act on.</summary>
public enum BundleProblem
{
    /// <summary>The file does not start with the bundle magic line: not a bundle at all.</summary>
    NotABundle,

    /// <summary>A bundle of a format version this program does not read.</summary>
    UnsupportedVersion,

    /// <summary>The manifest is not the strict JSON the format requires.</summary>
    MalformedManifest,

    /// <summary>The manifest names a server key that is not trusted.</summary>
    UnknownServerKey,

    /// <summary>The manifest's signature does not verify under the trusted server key.</summary>
    BadSignature,

    /// <summary>The file ends before the manifest, the signature or a part is complete.</summary>
    Truncated,

    /// <summary>A part's bytes do not have the SHA-256 the signed manifest gives.</summary>
    PartHashMismatch,

    /// <summary>Bytes follow the last part.</summary>
    TrailingData,

    /// <summary>An acknowledgement file is not the strict JSON the format requires.</summary>
    MalformedAcknowledgement,
}
