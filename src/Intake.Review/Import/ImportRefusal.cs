namespace Intake.Review.Import;

/// <summary>Why an import was refused; in every case nothing was written to the workspace.</summary>
public enum ImportRefusal
{
    /// <summary>The bundle file is not a valid bundle signed by a trusted server (see the inner <c>BundleException</c>).</summary>
    InvalidBundle,

    /// <summary>The bundle's id or sequence number was already imported with another manifest.</summary>
    Replay,

    /// <summary>The bundle does not continue its server's chain: a gap, a fork, or a first bundle that is not number 1.</summary>
    OutOfOrder,

    /// <summary>No identity of the workspace opens a part.</summary>
    NoIdentityOpens,

    /// <summary>A part decrypts, but is not what the source's answers document says (size, SHA-256, count) or is not an answers document.</summary>
    ContentMismatch,

    /// <summary>A testimony already in the workspace arrives again with different parts.</summary>
    ConflictingTestimony,
}
