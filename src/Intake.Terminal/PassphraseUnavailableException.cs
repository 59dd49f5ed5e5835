namespace Intake.Terminal;

/// <summary>No passphrase could be read; the message says how to give one.</summary>
public sealed class PassphraseUnavailableException : Exception
{
    public PassphraseUnavailableException()
    {
    }

    public PassphraseUnavailableException(string message)
        : base(message)
    {
    }

    public PassphraseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
