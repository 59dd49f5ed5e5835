namespace Intake.Testing;

/// <summary>
/// A program a test relies on exited non-zero. An exception rather than an xunit assertion,
/// so this library needs no test framework; either way the test fails with the message.
/// </summary>
public sealed class ProcessFailedException : Exception
{
    public ProcessFailedException()
    {
    }

    public ProcessFailedException(string message)
        : base(message)
    {
    }

    public ProcessFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
