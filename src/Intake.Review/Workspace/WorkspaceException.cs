namespace Intake.Review.Workspace;

/// <summary>The workspace cannot be created, unlocked or used (wrong passphrase, missing, damaged); nothing was changed.</summary>
public sealed class WorkspaceException : ReviewException
{
    public WorkspaceException()
    {
    }

    public WorkspaceException(string message)
        : base(message)
    {
    }

    public WorkspaceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
