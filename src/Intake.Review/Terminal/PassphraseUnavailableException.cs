namespace Intake.Review.Terminal;

/// <summary>No passphrase could be read; the message says how to give one.</summary>
public sealed class PassphraseUnavailableException : ReviewException
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
