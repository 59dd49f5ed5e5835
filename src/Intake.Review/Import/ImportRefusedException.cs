namespace Intake.Review.Import;

/// <summary>An import was refused and rolled back: the workspace is byte for byte as it was. The message says what to do.</summary>
public sealed class ImportRefusedException : ReviewException
{
    public ImportRefusedException()
    {
    }

    public ImportRefusedException(string message)
        : base(message)
    {
    }

    public ImportRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ImportRefusedException(ImportRefusal reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public ImportRefusal Reason { get; }
}
