namespace Intake.Storage;

/// <summary>The database cannot do what was asked; the message says why and what to do.</summary>
public class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
