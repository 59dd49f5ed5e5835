namespace Intake.Review;

/// <summary>
/// A refusal or failure to report to the reviewer as one paragraph (what happened, what to
/// do), without a stack trace; the program exits 1. Messages never hold secrets or content.
/// </summary>
public class ReviewException : Exception
{
    public ReviewException()
    {
    }

    public ReviewException(string message)
        : base(message)
    {
    }

    public ReviewException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
