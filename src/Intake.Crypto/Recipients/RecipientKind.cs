namespace Intake.Crypto.Recipients;

/// <summary>What kind of protection a recipient gives, for the rules on mixing them in one file.</summary>
public enum RecipientKind
{
    /// <summary>X25519: secure today, not against a future quantum computer.</summary>
    Classic,

    /// <summary>MLKEM768-X25519 hybrid: secure even against a future quantum computer.</summary>
    PostQuantum,

    /// <summary>scrypt passphrase: must be the only recipient of a file.</summary>
    Passphrase,
}
