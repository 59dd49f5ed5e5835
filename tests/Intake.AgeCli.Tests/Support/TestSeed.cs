using System.Globalization;

namespace Intake.AgeCli.Tests.Support;

/// <summary>
/// The seed of the randomised tests: new each run so runs cover different sizes, shown in
/// assertion messages, and fixed by INTAKE_TEST_SEED to replay a failure.
/// </summary>
public static class TestSeed
{
    public static int Value { get; } =
        Environment.GetEnvironmentVariable("INTAKE_TEST_SEED") is { Length: > 0 } seed
            ? int.Parse(seed, CultureInfo.InvariantCulture)
            : System.Random.Shared.Next();

    public static string Description => $"seed {Value} (INTAKE_TEST_SEED={Value} replays it)";
}
