namespace Intake.Crypto.Age;

/// <summary>None of the given identities (keys or passphrases) opens the file.</summary>
public sealed class NoIdentityMatchedException : Exception
{
    public NoIdentityMatchedException()
        : base("None of the given identities can decrypt this file: it was encrypted to other keys, or the passphrase is wrong.")
    {
    }

    public NoIdentityMatchedException(string message)
        : base(message)
    {
    }

    public NoIdentityMatchedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
