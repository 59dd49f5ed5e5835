namespace Intake.Review.Tests.Support;

/// <summary>Tests that measure time, run after the others and one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SpeedTests
{
    public const string Name = "speed";
}
