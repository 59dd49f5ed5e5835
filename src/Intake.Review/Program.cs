using Intake.Review.Commands;

namespace Intake.Review;

/// <summary>The <c>review</c> command, for reviewers on an air-gapped laptop.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => ReviewCommandLine.RunAsync(args, ReviewConsole.System());
}
