namespace Intake.Storage;

/// <summary>A recipient with the same public key is already configured.</summary>
public sealed class DuplicateRecipientException : StorageException
{
    public DuplicateRecipientException()
    {
    }

    public DuplicateRecipientException(string message)
        : base(message)
    {
    }

    public DuplicateRecipientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
