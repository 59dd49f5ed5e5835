namespace Intake.Crypto.Recipients;

/// <summary>Why a string is not the age key that was expected.</summary>
public enum KeyFormatError
{
    /// <summary>Not Bech32 at all (no separator, characters outside the alphabet).</summary>
    Malformed,

    /// <summary>The Bech32 prefix names another kind of key.</summary>
    WrongPrefix,

    /// <summary>The Bech32 checksum does not match: a typo or a truncated copy.</summary>
    BadChecksum,

    /// <summary>Upper and lower case letters are mixed, which Bech32 forbids.</summary>
    MixedCase,

    /// <summary>The key decodes to the wrong number of bytes.</summary>
    WrongLength,

    /// <summary>A secret key was given where a public key belongs.</summary>
    SecretKeyGiven,
}
