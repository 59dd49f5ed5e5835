namespace Intake.Server.Submissions;

/// <summary>A limit or check stopped an upload; the status and the source's message say which.</summary>
public sealed class SubmissionRefusedException : Exception
{
    public SubmissionRefusedException()
    {
    }

    public SubmissionRefusedException(string message)
        : base(message)
    {
    }

    public SubmissionRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SubmissionRefusedException(int status, string message)
        : base(message)
    {
        Status = status;
    }

    public int Status { get; } = StatusCodes.Status400BadRequest;
}
