using Intake.Review.Workspace;

namespace Intake.Review.Tests.Support;

/// <summary>Key-derivation costs for tests: the same code paths as the real ones, in milliseconds instead of a second.</summary>
internal static class TestKdf
{
    public static WorkspaceKdfSettings Cheap { get; } = new(ArgonOperations: 3, ArgonMemoryBytes: 1024 * 1024, ScryptWorkFactor: 10);
}
