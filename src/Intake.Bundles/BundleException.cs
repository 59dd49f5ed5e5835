namespace Intake.Bundles;

/// <summary>A bundle or acknowledgement was refused. Nothing read from it may be used.</summary>
public sealed class BundleException : Exception
{
    public BundleException(BundleProblem problem, string message)
        : base(message)
    {
        Problem = problem;
    }

    public BundleException(BundleProblem problem, string message, Exception inner)
        : base(message, inner)
    {
        Problem = problem;
    }

    public BundleProblem Problem { get; }
}
