namespace Intake.Crypto.Age;

/// <summary>
/// The input is not a valid or intact age file. Deliberately opaque: the message never
/// says which byte or which check failed, so it cannot serve as an oracle.
/// </summary>
public sealed class AgeFormatException : Exception
{
    public AgeFormatException()
        : this(AgeFailure.Header)
    {
    }

    public AgeFormatException(string message)
        : base(message)
    {
    }

    public AgeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AgeFormatException(AgeFailure failure)
        : base(MessageFor(failure))
    {
        Failure = failure;
    }

    /// <summary>The stage that rejected the file.</summary>
    public AgeFailure Failure { get; }

    private static string MessageFor(AgeFailure failure) => failure switch
    {
        AgeFailure.Armor => "The file is not a valid or intact age file (its ASCII armor is malformed).",
        AgeFailure.Payload => "The file is not a valid or intact age file (it was damaged, truncated or tampered with).",
        _ => "The file is not a valid or intact age file.",
    };
}
