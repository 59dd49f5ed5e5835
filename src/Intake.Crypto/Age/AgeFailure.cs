namespace Intake.Crypto.Age;

/// <summary>
/// Which stage rejected a file. The kinds mirror the age test suite's outcomes so the
/// conformance tests can tell a parse error from a MAC error; none of them says where
/// or how the file was damaged.
/// </summary>
public enum AgeFailure
{
    /// <summary>The header is malformed, or a stanza addressed to a given identity is.</summary>
    Header,

    /// <summary>The header parsed and a file key was found, but the header MAC does not match.</summary>
    HeaderMac,

    /// <summary>The encrypted payload is truncated, extended or altered.</summary>
    Payload,

    /// <summary>The ASCII armor around the file is not strict PEM.</summary>
    Armor,
}
